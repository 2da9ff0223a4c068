using AifStudy.Core.Markdown;
using Markdig;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Turns a card side (the generator's markdown: text, bold, lists, code) into HTML that is safe to show or export.
/// Cards come from user notes, so the output always passes through <see cref="ContentHtmlSanitizer"/>.
/// </summary>
public sealed class CardHtmlRenderer(ContentHtmlSanitizer sanitizer)
{
    /// <summary>Sanitised HTML for one side of a card; empty for blank markdown.</summary>
    public string Render(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var html = Markdown.ToHtml(markdown, MarkdownPipelines.Default);
        // Cards have no page of their own; an in-page link stays as written.
        return sanitizer.Sanitize(html, pagePath: "").Trim();
    }
}
