using System.Text.RegularExpressions;

namespace AifStudy.Core.Quality;

/// <summary>Source checks on steps and orders: a step of a procedure asked as a term, an order asked of a list that has none.</summary>
internal static partial class SourceChecks
{
    public static bool ProcessStep(StudyItem item) =>
        !item.IsPractice && item.Kind is "TermDefinition" or "DefinitionTerm" or "TrueFalse" or "MultipleChoice" or "Matching"
        && item.Subject?.StartsWith("example:", StringComparison.Ordinal) != true
        && (new[] { item.Context ?? "" }.Concat(item.Section.Path).Any(t => HowTo().IsMatch(t)) || (item.Context is { } place && ProcessTitle().IsMatch(place.Split('›')[^1].Trim())) || IsNumberedStepOfHowItWorks(item) || IsNumberedStepOfLeadIn(item) || IsEntryOfStagesLeadIn(item));

    // "- **算法步骤**：" over "1. **初始化词汇表**：…", "4. **重复步骤2和3**：…": a numbered list its lead-in calls steps is a
    // procedure, whichever section holds it; "What is 统计字符对频率?" depends on the algorithm the card does not name.
    private static bool IsNumberedStepOfLeadIn(StudyItem item)
    {
        if (item.Term is not { Length: > 0 } term || !StepsLeadIns.Of(item.Section))
        {
            return false;
        }

        var lines = SectionMarkdown.Lines(item.Section);
        var at = Array.FindIndex(lines, l => NumberedEntry().Match(l) is { Success: true } m && l.AsSpan(m.Length).TrimStart("*_").StartsWith(term, StringComparison.Ordinal));
        for (var i = at - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || NumberedEntry().IsMatch(line) || char.IsWhiteSpace(line[0]))
            {
                continue;
            }

            return HowTo().IsMatch(line) || HowItWorks().IsMatch(line);
        }

        return false;
    }

    // "Batch Normalization › Process" over "Calculate Weighted Sums: compute z1, z2…": the entries are its steps.
    [GeneratedRegex(@"^(the\s+)?(process|procedure)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessTitle();

    [GeneratedRegex(@"^\s*\d+[.)、]\s+")]
    private static partial Regex NumberedEntry();

    // "- Meta-Learning的过程可以分为三个主要阶段：" over "- **微调（可选）**：…", "**In-Context Learning的步骤：**" over "- **模型推断**：…":
    // entries its lead-in calls stages or steps, numbered or not, are a process's parts ("“模型推断”指什么？" depends on the
    // process the card does not name).
    private static bool IsEntryOfStagesLeadIn(StudyItem item)
    {
        if (item.Term is not { Length: > 0 } term || !StagesLeadIns.Of(item.Section))
        {
            return false;
        }

        var lines = SectionMarkdown.Lines(item.Section);
        var at = Array.FindIndex(lines, l => ListItem().Match(l) is { Success: true } m && m.Groups["text"].ValueSpan.TrimStart("*_`").StartsWith(term, StringComparison.Ordinal));
        if (at < 0)
        {
            return false;
        }

        var indent = IndentOf(lines[at]);
        for (var i = at - 1; i >= Math.Max(0, at - 12); i--)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var entry = ListItem().Match(line);
            var lead = (entry.Success ? entry.Groups["text"].Value : line).Trim().Trim('*', '_').Trim();
            if (IndentOf(line) < indent || !entry.Success || lead.EndsWith(':') || lead.EndsWith('：'))
            {
                return StagesLeadIn().IsMatch(lead);
            }
        }

        return false;
    }

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    // Once a section: whether any line of it could call a list stages or steps.
    private static readonly PerSection<bool> StagesLeadIns = new(s => StagesLeadIn().IsMatch(s.Markdown));

    [GeneratedRegex(@"(阶段|階段|步骤|步驟|环节|環節|\bstages\b|\bsteps\b|\bphases\b)[^\n:：]{0,6}[:：][*_]*\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex StagesLeadIn();

    // Once a section: whether any line of it could call a list steps.
    private static readonly PerSection<bool> StepsLeadIns = new(s => HowTo().IsMatch(s.Markdown) || HowItWorks().IsMatch(s.Markdown));

    // "How Does Continued Pre-Training Work?" over "1. Start with…", "4. **Evaluate**: Test the model…": the numbered
    // entries are its steps ("What is Evaluate?" depends on the process). Unnumbered entries there are usually its parts.
    private static bool IsNumberedStepOfHowItWorks(StudyItem item) =>
        item.Term is { Length: > 0 } term && item.Section.Path.Count > 0 && HowItWorks().IsMatch(item.Section.Path[^1])
        && System.Text.RegularExpressions.Regex.IsMatch(item.Section.Markdown, $@"(?m)^\s*\d+[.)]\s+(\*\*|__)?{System.Text.RegularExpressions.Regex.Escape(term)}");

    [GeneratedRegex(@"\bhow (does|do|did) .{1,60}\bwork|\bhow it works\b|\bhow .{1,40} works\b|是如何工作的|如何运作|如何運作", RegexOptions.IgnoreCase)]
    private static partial Regex HowItWorks();

    public static bool Unordered(StudyItem item) =>
        item.Kind is "OrderedListRecall" or "Ordering"
        && !Process().IsMatch(QualityText.WithoutFrames(item.Prompt) + " " + item.Term + " " + string.Join(" ", item.Section.Path));

    [GeneratedRegex(@"如何|怎样|怎麼|怎么|步骤|步驟|流程|\bhow to\b|\bsteps\b|workflow", RegexOptions.IgnoreCase)]
    private static partial Regex HowTo();

    [GeneratedRegex(@"步骤|步驟|阶段|階段|流程|过程|過程|生命周期|生命週期|顺序|順序|如何|工作流|\bsteps?\b|\bstages?\b|\bphases?\b|process|workflow|pipeline|lifecycle|life cycle|procedure|how to", RegexOptions.IgnoreCase)]
    private static partial Regex Process();
}
