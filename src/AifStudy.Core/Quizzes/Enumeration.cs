using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// A list of named entries under a label: the children of <c>FM 的示例：</c>, or a section's own list of names
/// (<c>3、行业大模型</c>: ChatLaw, DoctorGLM …). Entries are labels (<c>OpenAI：GPT-3/4</c> is "OpenAI").
/// </summary>
internal sealed record Enumeration(string Label, IReadOnlyList<string> Entries, NoteSection Section, bool Ordered)
{
    /// <summary>The list item whose children this is, or null for a section's own list.</summary>
    public ListItemNode? Owner { get; init; }

    /// <summary>
    /// True when one list is nested in the other (a section's own list holds every list in the section): the entries
    /// of one are parts of the other's entries, not wrong answers about it.
    /// </summary>
    public bool IsNestedWith(Enumeration other) =>
        Section == other.Section
        && (Owner is null || other.Owner is null || Contains(Owner, other.Owner) || Contains(other.Owner, Owner));

    private static bool Contains(ListItemNode outer, ListItemNode inner) =>
        ItemTree.All(outer.Children).Any(x => ReferenceEquals(x.Item, inner));

    /// <summary>An entry longer than this is a sentence, not something to pick from a list.</summary>
    public const int MaxEntryLength = 30;

    /// <summary>The note's own list, as shown after answering.</summary>
    public string Explanation => Label + "：" + string.Join("、", Entries);

    /// <summary>Every enumeration with at least two entries in the note's askable sections, in document order.</summary>
    public static IReadOnlyList<Enumeration> Of(QuizContext context)
    {
        var found = new List<Enumeration>();
        foreach (var section in context.Sections)
        {
            if (From(CardText.StripNumber(section.Title), section.ListItems, section) is { } own)
            {
                found.Add(own);
            }

            foreach (var (item, _) in ItemTree.All(section.ListItems))
            {
                if (item.Children.Count >= 2 && From(ItemLabels.TrimColon(ItemLabels.Heading(item)), item.Children, section) is { } nested)
                {
                    found.Add(nested with { Owner = item });
                }
            }
        }

        return found;
    }

    private static Enumeration? From(string label, IReadOnlyList<ListItemNode> items, NoteSection section)
    {
        var entries = items.Where(i => !ItemLabels.IsRemark(i)).ToList();
        if (label.Length is 0 or > ItemLabels.MaxLabelLength || entries.Count < 2 || entries.Count < items.Count - 1
            || entries.Any(i => !ItemLabels.IsName(i) || ItemLabels.IsLink(i) || ItemLabels.Label(i).Length > MaxEntryLength))
        {
            return null;
        }

        var labels = entries.Select(ItemLabels.Label).ToList();
        var distinct = labels.Count(l => !labels.Any(o => !ReferenceEquals(o, l) && QuizText.IsNearEqual(o, l))) == labels.Count;
        return distinct ? new Enumeration(label, labels, section, entries.All(i => i.Ordered)) : null;
    }
}
