using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>Plain text of blocks: paragraphs, list items, table rows and quotes, one per line; code and mermaid left out.</summary>
internal static class BlockText
{
    public static IEnumerable<string> Lines(Block block) => block switch
    {
        ParagraphBlock p => [InlineText.Of(p.Inline)],
        HeadingBlock h => [InlineText.Of(h.Inline)],
        CodeBlock or HtmlBlock => [],
        Table table => table.OfType<TableRow>().Select(row =>
            string.Join(" | ", row.OfType<TableCell>().Select(cell => string.Join(" ", cell.SelectMany(Lines))))),
        ContainerBlock container => container.SelectMany(Lines),
        _ => [],
    };

    public static string Of(IEnumerable<Block> blocks) =>
        string.Join('\n', blocks.SelectMany(Lines).Where(l => l.Length > 0));
}
