namespace AifStudy.Core.Search;

/// <summary>An excerpt of a text around its first search match, as plain segments the UI can mark up safely.</summary>
/// <param name="Segments">The excerpt in order; adjacent segments differ in <see cref="SnippetSegment.IsMatch"/>.</param>
/// <param name="StartsMidText">Text before the excerpt was left out (show an ellipsis).</param>
/// <param name="EndsMidText">Text after the excerpt was left out (show an ellipsis).</param>
public sealed record TextSnippet(IReadOnlyList<SnippetSegment> Segments, bool StartsMidText, bool EndsMidText)
{
    /// <summary>Whether any term was found.</summary>
    public bool HasMatch => Segments.Any(s => s.IsMatch);

    /// <summary>The excerpt's text without marks.</summary>
    public string PlainText => string.Concat(Segments.Select(s => s.Text));
}
