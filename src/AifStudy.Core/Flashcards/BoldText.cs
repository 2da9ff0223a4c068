using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// A paragraph's plain text with the ranges that were bold (<c>**x**</c>, <c>__x__</c>, <c>&lt;b&gt;x&lt;/b&gt;</c>), and, for
/// a table cell after the first, the row's first cell (<see cref="RowHeader"/>): what the cell is about.
/// </summary>
internal sealed record BoldText(string Text, IReadOnlyList<Range> Bold)
{
    /// <summary>The text of the first cell of the table row this paragraph is a later cell of, or null.</summary>
    public string? RowHeader { get; init; }

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
                yield return new BoldText(sb.ToString(), bold) { RowHeader = RowHeaderOf(paragraph) };
            }
        }
    }

    // "| **SVM** | A classic algorithm used for both **classification and regression**. |": the cell means nothing without "SVM".
    private static string? RowHeaderOf(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not TableCell cell || cell.Parent is not TableRow row || row.Count < 2 || ReferenceEquals(row[0], cell))
        {
            return null;
        }

        var first = row[0] is TableCell head ? head.Descendants<ParagraphBlock>().FirstOrDefault() : null;
        var text = first is null ? "" : InlineText.Of(first.Inline).Trim();
        return text.Length == 0 ? null : text;
    }

    private static bool IsTag(string? tag, params string[] names) =>
        tag is not null && names.Any(n => tag.Equals(n, StringComparison.OrdinalIgnoreCase));
}
