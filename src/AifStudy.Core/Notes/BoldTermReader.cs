using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>Finds bold text: <c>**x**</c>, <c>__x__</c> (also across a soft line break) and raw <c>&lt;b&gt;x&lt;/b&gt;</c>.</summary>
internal static class BoldTermReader
{
    public static IReadOnlyList<string> Read(IEnumerable<Block> body)
    {
        var terms = new List<string>();
        foreach (var inline in SectionContent.Inlines<Inline>(body))
        {
            var term = inline switch
            {
                EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } e => InlineText.Of(e),
                HtmlInline { Tag: var tag } html when IsOpenBold(tag) => HtmlBold(html),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(term) && !terms.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    private static string? HtmlBold(HtmlInline open)
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

    private static bool IsOpenBold(string? tag) =>
        tag is not null && (tag.Equals("<b>", StringComparison.OrdinalIgnoreCase) || tag.Equals("<strong>", StringComparison.OrdinalIgnoreCase));

    private static bool IsCloseBold(string? tag) =>
        tag is not null && (tag.Equals("</b>", StringComparison.OrdinalIgnoreCase) || tag.Equals("</strong>", StringComparison.OrdinalIgnoreCase));
}
