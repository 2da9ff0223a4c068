using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Flashcards;

/// <summary>A paragraph's plain text with the ranges that were bold (<c>**x**</c>, <c>__x__</c>, <c>&lt;b&gt;x&lt;/b&gt;</c>).</summary>
internal sealed record BoldText(string Text, IReadOnlyList<Range> Bold)
{
    /// <summary>Every paragraph of <paramref name="markdown"/> (in list items too) that has bold text, in document order.</summary>
    public static IEnumerable<BoldText> Read(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelines.Default);
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var sb = new TextBuffer();
            var bold = new List<Range>();
            int? htmlStart = null;
            foreach (var inline in paragraph.Inline ?? [])
            {
                switch (inline)
                {
                    case EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } e:
                        var start = sb.Length;
                        InlineText.Append(sb, e);
                        bold.Add(start..sb.Length);
                        break;
                    case HtmlInline { Tag: var tag } when IsTag(tag, "<b>", "<strong>"):
                        htmlStart = sb.Length;
                        break;
                    case HtmlInline { Tag: var tag } when IsTag(tag, "</b>", "</strong>") && htmlStart is { } s:
                        bold.Add(s..sb.Length);
                        htmlStart = null;
                        break;
                    default:
                        InlineText.Append(sb, inline);
                        break;
                }
            }

            if (bold.Count > 0)
            {
                yield return new BoldText(sb.ToString(), bold);
            }
        }
    }

    private static bool IsTag(string? tag, params string[] names) =>
        tag is not null && names.Any(n => tag.Equals(n, StringComparison.OrdinalIgnoreCase));
}
