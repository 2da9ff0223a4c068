using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>Finds list items in a section's item tree, with the item they are nested in.</summary>
internal static class ItemTree
{
    /// <summary>The first item (depth first, document order) that matches, and its parent item (null at the top level).</summary>
    public static (ListItemNode Item, ListItemNode? Parent)? Find(IEnumerable<ListItemNode> items, Func<ListItemNode, bool> match) =>
        Find(items, null, match);

    /// <summary>Every item with its parent, depth first in document order.</summary>
    public static List<(ListItemNode Item, ListItemNode? Parent)> All(IEnumerable<ListItemNode> items)
    {
        // One list filled depth first: a nested iterator per item cost more than the items (the cards phase asks for every
        // section's items several times).
        var all = new List<(ListItemNode Item, ListItemNode? Parent)>();
        Add(items, null, all);
        return all;

        static void Add(IEnumerable<ListItemNode> items, ListItemNode? parent, List<(ListItemNode Item, ListItemNode? Parent)> all)
        {
            foreach (var item in items)
            {
                all.Add((item, parent));
                if (item.Children.Count > 0)
                {
                    Add(item.Children, item, all);
                }
            }
        }
    }

    /// <summary>
    /// Which list of the section the first matching item is in (see <see cref="ListKeys"/>); "none" when no item matches.
    /// Two definitions with the same key are siblings in one list.
    /// </summary>
    public static string ListKey(IReadOnlyList<ListItemNode> items, Func<ListItemNode, bool> match) =>
        ListKeys(items).FirstOrDefault(x => match(x.Item)).Key ?? "none";

    /// <summary>
    /// Every item, depth first in document order, with the list it is in: its parent item's place in the tree, or for a
    /// top-level item the number of the top-level list (a new list starts at position 1, or after an item that is a lead-in
    /// ending in a colon).
    /// </summary>
    public static List<(ListItemNode Item, string Key)> ListKeys(IReadOnlyList<ListItemNode> items)
    {
        var all = All(items);
        var places = new Dictionary<ListItemNode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            places[all[i].Item] = i;
        }

        // A new list, or the entries after a lead-in written as one of the list's own items ("12. Decoding Types:" over
        // "1. Greedy decoding: …", which markdown keeps in one list): the lead-in's entries are one another's kind.
        var tops = new Dictionary<ListItemNode, int>(ReferenceEqualityComparer.Instance);
        var list = 0;
        var afterLeadIn = false;
        foreach (var top in items)
        {
            list += top.Position == 1 || afterLeadIn ? 1 : 0;
            tops[top] = list;
            afterLeadIn = top.Children.Count == 0 && (top.Text.TrimEnd().EndsWith(':') || top.Text.TrimEnd().EndsWith('：'));
        }

        return all.ConvertAll(x => (x.Item, x.Parent is { } parent ? "in" + places[parent] : "top" + tops[x.Item]));
    }

    /// <summary>The label of <paramref name="parent"/> when it names a topic ("预训练", "扩散架构"), for use as a card's context.</summary>
    public static string? NamedParent(ListItemNode? parent)
    {
        if (parent is null)
        {
            return null;
        }

        var label = ItemLabels.Heading(parent);
        return label.Length is > 0 and <= ItemLabels.MaxLabelLength && label.AsSpan().IndexOfAny(['，', ',', '。']) < 0 ? label : null;
    }

    private static (ListItemNode, ListItemNode?)? Find(IEnumerable<ListItemNode> items, ListItemNode? parent, Func<ListItemNode, bool> match)
    {
        foreach (var item in items)
        {
            if (match(item))
            {
                return (item, parent);
            }

            if (item.Children.Count > 0 && Find(item.Children, item, match) is { } nested)
            {
                return nested;
            }
        }

        return null;
    }
}
