using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Whole-section recall: "〈heading〉（〈parent〉）的要点？" answered by the section's own bullets, "按顺序列出〈heading〉" for
/// a section whose bullets are numbered, and for a section whose subsections are numbered 1..n (lifecycle steps).
/// </summary>
internal static class RecallCards
{
    private const int MinItems = 2;
    private const int MaxItems = 12;
    private const int MaxPointLength = 80;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        var items = section.ListItems;
        if (items.Count is < MinItems or > MaxItems || items.Any(ItemLabels.IsLink))
        {
            yield break;
        }

        var title = CardText.StripNumber(section.Title);

        // A numbered list with remarks after it (大模型挑战 1..3, then 解决思路) is asked for its numbered part only.
        var ordered = items.Where(i => i.Ordered).ToList();
        if (ordered.Count > 0)
        {
            if (ordered.Count >= MinItems)
            {
                yield return ListCards.Ordered(section, title, ordered.Select(ItemLabels.Label).ToList());
            }

            yield break;
        }

        var english = CardText.IsEnglish(title);
        var points = items.Select(i => Point(i, english)).ToList();
        if (points.Any(p => p.Length > MaxPointLength))
        {
            yield break;
        }

        var lines = points.Select(p => "- " + CardText.Escape(p));
        var parent = section.Path.Count > 1 ? CardText.StripNumber(section.Path[^2]) : "";
        var front = english
            ? $"Key points of {CardText.Escape(title)}{(parent.Length > 0 ? $" ({CardText.Escape(parent)})" : "")}?"
            : $"{CardText.Escape(title)}{(parent.Length > 0 ? $"（{CardText.Escape(parent)}）" : "")}的要点？";
        yield return new CardDraft(CardKind.SectionRecall, front, string.Join("\n", lines), section, title);
    }

    /// <summary>"按顺序列出生命週期（6 项）" for subsections titled <c>1. …</c>, <c>2. …</c> … in order.</summary>
    public static CardDraft? NumberedSubsections(NoteSection section, IReadOnlyList<NoteSection> children)
    {
        if (children.Count is < MinItems or > MaxItems)
        {
            return null;
        }

        for (var i = 0; i < children.Count; i++)
        {
            var number = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rest = children[i].Title.AsSpan();
            if (!rest.StartsWith(number, StringComparison.Ordinal) || rest.Length <= number.Length || rest[number.Length] is not ('.' or '、' or '．'))
            {
                return null;
            }
        }

        var labels = children.Select(c => CardText.StripNumber(c.Title)).ToList();
        return ListCards.Ordered(section, CardText.StripNumber(section.Title), labels);
    }

    // A bullet that introduces sub-items ("LLM 具有广泛的能力：") is shown with them, on one line.
    private static string Point(ListItemNode item, bool english)
    {
        var label = ItemLabels.Term(item.Text) ?? item.Text;
        if (!ItemLabels.EndsWithColon(item) || item.Children.Count == 0)
        {
            return label;
        }

        var children = item.Children.Where(c => !ItemLabels.IsRemark(c)).Select(ItemLabels.Label);
        return label + (english ? " " : "") + string.Join(english ? ", " : "、", children);
    }
}
