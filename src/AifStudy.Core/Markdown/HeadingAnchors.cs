using Markdig.Syntax;

namespace AifStudy.Core.Markdown;

/// <summary>
/// Assigns every heading of a parsed document its anchor, in document order, with one <see cref="AnchorGenerator"/>.
/// The parser and the renderer both use this, so a section's anchor always equals its rendered heading's id.
/// </summary>
internal static class HeadingAnchors
{
    public static Dictionary<HeadingBlock, string> Assign(MarkdownDocument document)
    {
        var anchors = new AnchorGenerator();
        var result = new Dictionary<HeadingBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            result[heading] = anchors.Next(InlineText.Of(heading.Inline));
        }

        return result;
    }
}
