using AifStudy.Core.Markdown;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>Reads a Markdig list into <see cref="ListItemNode"/>s.</summary>
internal static class ListItemReader
{
    public static IEnumerable<ListItemNode> Read(ListBlock list, string markdown) =>
        list.OfType<ListItemBlock>().Select((item, i) =>
        {
            var first = item.OfType<ParagraphBlock>().FirstOrDefault();
            return new ListItemNode
            {
                Text = first is null ? "" : InlineText.Of(first.Inline),
                Markdown = first is null ? "" : Slice(first, markdown),
                Ordered = list.IsOrdered,
                Position = i + 1,
                Children = item.OfType<ListBlock>().SelectMany(l => Read(l, markdown)).ToList(),
            };
        });

    private static string Slice(Block block, string markdown)
    {
        var end = Math.Min(markdown.Length - 1, block.Span.End);
        return end >= block.Span.Start ? markdown[block.Span.Start..(end + 1)].Trim() : "";
    }
}
