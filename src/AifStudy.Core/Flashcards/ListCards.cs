using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Enumerations inside a section's lists: an item such as <c>FM 的示例：</c> (or a category whose children are all
/// categories, or a label with three or more short children) asks for its children; numbered children ask for their order.
/// </summary>
internal static class ListCards
{
    private const int MinItems = 2;
    private const int MaxItems = 12;
    private const int ShortChild = 20;
    private const int LongLabel = 40;

    // "软件行业" or "您可以对 FM 进行调整，以便用于广泛的常规任务" introduces its children; a longer sentence is a point of its own.
    private const int ShortLabel = 30;

    public static IEnumerable<CardDraft> From(NoteSection section) =>
        ItemTree.All(section.ListItems).Select(x => Enumeration(section, x.Item, x.Parent)).OfType<CardDraft>();

    /// <summary>"按顺序列出〈label〉（n 项）" → a numbered list of <paramref name="labels"/>.</summary>
    public static CardDraft Ordered(NoteSection section, string label, IReadOnlyList<string> labels)
    {
        var english = CardText.IsEnglish(string.Concat(labels)) && CardText.IsEnglish(label);
        var front = english
            ? $"List in order: {CardText.Escape(label)} ({labels.Count} steps)"
            : CardText.Join("按顺序列出", CardText.Escape(label)) + $"（{labels.Count} 项）";
        var back = string.Join("\n", labels.Select((l, i) => $"{i + 1}. {CardText.Escape(l)}"));
        return new CardDraft(CardKind.OrderedListRecall, front, back, section, label);
    }

    private static CardDraft? Enumeration(NoteSection section, ListItemNode item, ListItemNode? parent)
    {
        // A closing remark ("前三个是语言理解任务…") is left out; a remark-like entry before the last, or one with entries
        // of its own, is an entry, and a card that leaves it out would count the list wrong.
        var children = item.Children.Where(c => !ItemLabels.IsRemark(c)).ToList();
        if (item.Children.Where((c, i) => ItemLabels.IsRemark(c) && (i < item.Children.Count - 1 || c.Children.Count > 0)).Any())
        {
            return null;
        }

        if (children.Count is < MinItems or > MaxItems || children.Any(ItemLabels.IsLink) || ItemLabels.IsLink(item))
        {
            return null;
        }

        var labels = children.Select(ItemLabels.Label).ToList();
        var isEnumeration = ItemLabels.EndsWithColon(item)
            || ItemLabels.HasCategoryChildren(item)
            || (children.Count >= 3 && labels.All(l => l.Length <= ShortChild) && ItemLabels.Heading(item).Length <= ShortLabel);
        if (!isEnumeration)
        {
            return null;
        }

        var label = Shorten(ItemLabels.TrimColon(ItemLabels.Heading(item)));
        if (children.All(c => c.Ordered))
        {
            return Ordered(section, label, labels);
        }

        // A list of field labels ("优点：…", "缺点：…") is the layout of one entry, not an enumeration to recall.
        if (labels.Any(Quality.SubjectChecks.IsLabel))
        {
            return null;
        }

        var context = Quality.SubjectContext.Place(section, (ItemTree.NamedParent(parent) ?? CardText.StripNumber(section.Title)).TrimEnd(':', '：', ' '));
        var prefix = context.Length == 0 || CardText.ContainsNormalized(label, context) || CardText.ContainsNormalized(context, label) ? "" : CardText.Escape(context) + " › ";

        // Whole child texts when they are all short ("OpenAI：GPT-3/4"), their labels otherwise.
        var entries = children.All(c => c.Text.Length <= LongLabel) ? children.Select(c => c.Text).ToList() : labels;
        var english = CardText.IsEnglish(string.Concat(entries)) && CardText.IsEnglish(label) && CardText.CjkCount(prefix) == 0;
        var front = english
            ? $"{prefix}{CardText.Escape(label)}: which {entries.Count} items?"
            : $"{prefix}{CardText.Escape(label)}：包括哪 {entries.Count} 项？";
        var back = string.Join("\n", entries.Select(e => "- " + CardText.Escape(e)));
        return new CardDraft(CardKind.ListRecall, front, back, section, label) { Context = prefix.Length > 0 ? context : null };
    }

    // "LLM 使用深度神经网络…，还可以执行各种自然语言任务" is asked as its last clause.
    private static string Shorten(string label)
    {
        if (label.Length <= LongLabel)
        {
            return label;
        }

        var cut = label.AsSpan().LastIndexOfAny(['，', ',']);
        return cut > 0 && label.Length - cut > 4 ? label[(cut + 1)..].Trim() : label;
    }
}
