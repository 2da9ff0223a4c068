namespace AifStudy.Core.Markdown;

/// <summary>
/// The namespace of ids in a note's HTML. Every element id becomes a property of <c>window</c> (and an image's id or
/// name one of <c>document</c>), so a heading called "Mermaid" with the id <c>mermaid</c> would stand in for the page's
/// own <c>window.mermaid</c> (DOM clobbering). Rendered ids therefore carry <see cref="Prefix"/>, as on GitHub, while
/// links and URLs keep the plain anchor (<c>/notes/{slug}#{anchor}</c>): the page's script finds
/// <c>#anchor</c> at <see cref="For"/>(anchor).
/// </summary>
public static class ContentIds
{
    /// <summary>Starts every id (and name) in a note's HTML; not a valid script identifier, so no global can have it.</summary>
    public const string Prefix = "user-content-";

    /// <summary>The element id of the heading or element a <c>#<paramref name="anchor"/></c> link points at.</summary>
    public static string For(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        return Prefix + anchor;
    }
}
