using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>Reads a Markdig list into <see cref="ListItemNode"/>s.</summary>
internal static class ListItemReader
{
    /// <summary>Adds the items of <paramref name="list"/> (with their nested items) to <paramref name="items"/>.</summary>
    public static void Read(ListBlock list, string markdown, ParagraphText texts, List<ListItemNode> items)
    {
        var position = 0;
        foreach (var child in list)
        {
            if (child is not ListItemBlock item)
            {
                continue;
            }

            ParagraphBlock? first = null;
            List<ListItemNode>? children = null;
            foreach (var part in item)
            {
                if (part is ParagraphBlock paragraph)
                {
                    first ??= paragraph;
                }
                else if (part is ListBlock nested)
                {
                    Read(nested, markdown, texts, children ??= []);
                }
            }

            items.Add(new ListItemNode
            {
                Text = first is null ? "" : texts.Of(first),
                Markdown = first is null ? "" : Slice(first, markdown),
                Ordered = list.IsOrdered,
                Position = ++position,
                Children = children ?? [],
            });
        }
    }

    private static string Slice(Block block, string markdown)
    {
        var end = Math.Min(markdown.Length - 1, block.Span.End);
        return end >= block.Span.Start ? markdown.AsSpan(block.Span.Start, end + 1 - block.Span.Start).Trim().ToString() : "";
    }
}
