using AifStudy.Core.Markdown;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// Reads bold text: <c>**x**</c>, <c>__x__</c> (also across a soft line break) and raw <c>&lt;b&gt;x&lt;/b&gt;</c>.
/// <see cref="InlineCollector"/> finds the candidates in its walk over a section.
/// </summary>
internal static class BoldTermReader
{
    /// <summary>The text between a raw <c>&lt;b&gt;</c> and its closing tag, or null when it is not closed.</summary>
    public static string? HtmlBold(HtmlInline open)
    {
        for (var next = open.NextSibling; next is not null; next = next.NextSibling)
        {
            if (next is HtmlInline { Tag: var tag } && IsCloseBold(tag))
            {
                return InlineText.OfRange(open.NextSibling, next);
            }
        }

        return null;
    }

    /// <summary>True for <c>&lt;b&gt;</c> and <c>&lt;strong&gt;</c>.</summary>
    public static bool IsOpenBold(string? tag) =>
        tag is not null && (tag.Equals("<b>", StringComparison.OrdinalIgnoreCase) || tag.Equals("<strong>", StringComparison.OrdinalIgnoreCase));

    private static bool IsCloseBold(string? tag) =>
        tag is not null && (tag.Equals("</b>", StringComparison.OrdinalIgnoreCase) || tag.Equals("</strong>", StringComparison.OrdinalIgnoreCase));
}
