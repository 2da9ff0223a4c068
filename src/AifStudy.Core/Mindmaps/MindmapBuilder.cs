using System.Globalization;
using System.Text;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Mindmaps;

/// <summary>Builds Mermaid <c>mindmap</c> source from a note's heading and list outline.</summary>
public static class MindmapBuilder
{
    /// <summary>At most this many list items are shown under one node.</summary>
    public const int MaxItemsPerNode = 6;

    /// <summary>
    /// List items stop being added once the map has this many nodes (headings are always drawn): a mindmap of a
    /// long note is an overview, not a second copy of the note.
    /// </summary>
    public const int NodeBudget = 50;

    /// <summary>The fewest nodes a generated mindmap needs to be worth showing: a title and one heading is two boxes
    /// scaled to the panel's width, and tells nothing the contents do not.</summary>
    public const int MinNodesToShow = 3;

    /// <summary>True when <paramref name="mindmap"/> (as <see cref="Build"/> writes it) has at least <see cref="MinNodesToShow"/> nodes.</summary>
    public static bool IsWorthShowing(string? mindmap) =>
        !string.IsNullOrWhiteSpace(mindmap)
        && mindmap.Split('\n').Skip(1).Count(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("%%", StringComparison.Ordinal)) >= MinNodesToShow;

    /// <summary>
    /// Mermaid mindmap source for <paramref name="note"/>: root = title, then the heading tree (an H1 equal to the title is
    /// skipped; a preamble's list items hang off the root), then each heading's top-level list items with one level of children. Every node is written as
    /// <c>nN["label"]</c> with <see cref="MindmapLabel"/> so any text survives Mermaid's parser. Comment lines
    /// <c>%% link nN anchor</c> (which Mermaid skips) name the section each node stands for, so a click on a drawn
    /// node can open it: a heading's own section, or the section a list item sits in.
    /// </summary>
    public static string Build(ParsedNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var writer = new Writer();
        writer.Node(1, note.Metadata.Title);
        var title = note.Metadata.Title.Trim();
        var skipped = note.Sections
            .Where(s => s.Level == 1 && s.Title.Trim() == title && s.ParentIndex is null)
            .Select(s => s.Index).ToHashSet();
        foreach (var preamble in note.Sections.Where(s => s.Level == 0))
        {
            WriteItems(writer, preamble.ListItems, depth: 2, withChildren: true, preamble.Anchor);
        }

        WriteChildren(note, writer, parentIndex: null, depth: 2, skipped);
        return writer.ToString();
    }

    private static void WriteChildren(ParsedNote note, Writer writer, int? parentIndex, int depth, HashSet<int> skipped)
    {
        foreach (var section in note.Sections.Where(s => s.ParentIndex == parentIndex && s.Level > 0))
        {
            if (skipped.Contains(section.Index))
            {
                WriteItems(writer, section.ListItems, depth, withChildren: true, section.Anchor);
                WriteChildren(note, writer, section.Index, depth, skipped);
                continue;
            }

            writer.Node(depth, section.Title, section.Anchor);
            WriteItems(writer, section.ListItems, depth + 1, withChildren: true, section.Anchor);
            WriteChildren(note, writer, section.Index, depth + 1, skipped);
        }
    }

    private static void WriteItems(Writer writer, IReadOnlyList<ListItemNode> items, int depth, bool withChildren, string anchor)
    {
        foreach (var item in items.Where(i => i.Text.Length > 0).Take(MaxItemsPerNode))
        {
            if (writer.Count >= NodeBudget)
            {
                return;
            }

            writer.Node(depth, ItemLabel(item.Text), anchor);
            if (withChildren)
            {
                WriteItems(writer, item.Children, depth + 1, withChildren: false, anchor);
            }
        }
    }

    /// <summary>"Term：a long definition" is drawn as just the term; the definition belongs in the note.</summary>
    internal static string ItemLabel(string text)
    {
        var colon = text.AsSpan().IndexOfAny(['：', ':', '，']);
        return colon is > 0 and <= 24 && colon < text.Length - 1 && !text.AsSpan(colon + 1).StartsWith("//")
            ? text[..colon].Trim()
            : text;
    }

    private sealed class Writer
    {
        public int Count => _next;

        private readonly StringBuilder _sb = new("mindmap\n");
        private readonly StringBuilder _links = new();
        private int _next;

        public void Node(int depth, string text, string? anchor = null)
        {
            var id = _next == 0 ? "root" : "n" + _next.ToString(CultureInfo.InvariantCulture);
            _next++;
            _sb.Append(' ', 2 * depth).Append(id).Append("[\"").Append(MindmapLabel.Of(text)).Append("\"]\n");
            if (!string.IsNullOrWhiteSpace(anchor) && !anchor.AsSpan().ContainsAny(" \r\n"))
            {
                _links.Append("%% link ").Append(id).Append(' ').Append(anchor).Append('\n');
            }
        }

        public override string ToString() => (_sb.ToString() + _links).TrimEnd('\n');
    }
}
