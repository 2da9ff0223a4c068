using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// "Put the steps in order" from sequences the note states as such: numbered subsections (1. Data selection,
/// 2. Pre-training …), lists of three or more under a heading or item that names a process (生命周期, 步骤, 如何 …, lifecycle, steps)
/// and arrow chains (接受输入 → 编码 → 解码). Lists that are merely numbered are not sequences and are not asked.
/// </summary>
internal static partial class OrderingQuestions
{
    private const int MinSteps = 3;
    private const int MaxSteps = 5;

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var sequences = new List<(string Label, IReadOnlyList<string> Steps, NoteSection Section)>();
        var sections = context.Note.Sections;
        foreach (var parent in sections)
        {
            var children = sections.Where(s => s.ParentIndex == parent.Index).ToList();
            if (children.Count >= MinSteps && children.Select((c, i) => StepNumber(c.Title) == i + 1).All(x => x)
                && children.Any(c => !c.IsEmpty && !c.IsPlaceholder))
            {
                sequences.Add((CardText.StripNumber(parent.Title), children.Select(c => CardText.StripNumber(c.Title)).ToList(), parent));
            }
        }

        sequences.AddRange(Enumeration.Of(context).Where(e => e.Entries.Count >= MinSteps && Process().IsMatch(e.Label)).Select(e => (e.Label, e.Entries, e.Section)));
        foreach (var section in context.Sections)
        {
            foreach (var (item, _) in ItemTree.All(section.ListItems))
            {
                var steps = item.Text.Split('→', StringSplitOptions.TrimEntries);
                if (steps.Length >= MinSteps && steps.All(s => s.Length is > 0 and <= Enumeration.MaxEntryLength))
                {
                    sequences.Add((item.Text, steps, section));
                }
            }
        }

        foreach (var (label, steps, section) in sequences)
        {
            if (Ordering(context, label, steps, section) is { } question)
            {
                yield return question;
            }
        }
    }

    private static QuizQuestion? Ordering(QuizContext context, string label, IReadOnlyList<string> steps, NoteSection section)
    {
        if (steps.Any(s => steps.Count(o => QuizText.IsNearEqual(o, s)) > 1))
        {
            return null;
        }

        // Long processes: a window of five consecutive steps, a different one per seed.
        var start = steps.Count > MaxSteps ? context.Random.Next(steps.Count - MaxSteps + 1) : 0;
        var window = steps.Skip(start).Take(MaxSteps).ToList();
        var arrows = label.Contains('→', StringComparison.Ordinal);
        var english = QuizText.IsEnglish(string.Concat(window));
        var prompt = arrows
            ? english ? "Put these steps in order." : "将以下步骤按正确顺序排列。"
            : english ? $"Put the steps of \"{label}\" in order." : $"将「{label}」的步骤按正确顺序排列。";
        var explanation = arrows ? label : label + "：" + string.Join(" → ", steps);
        return context.Question(QuestionKind.Ordering, section, "ordering:" + label, prompt, window, Enumerable.Range(0, window.Count).ToList(), explanation);
    }

    private static int? StepNumber(string title) =>
        StepPrefix().Match(title) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^\s*(\d{1,2})\s*(、|\.|．|\))")]
    private static partial Regex StepPrefix();

    [GeneratedRegex(@"步骤|阶段|生命周期|生命週期|如何|lifecycle|steps|stages|pipeline", RegexOptions.IgnoreCase)]
    private static partial Regex Process();
}
