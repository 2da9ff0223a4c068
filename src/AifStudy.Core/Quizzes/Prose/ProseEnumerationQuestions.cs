using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// "Which of these does the note list here?" (multiple choice) and "choose two/three" (multiple response) from lists
/// written in sentences (<see cref="ProseEnumeration"/>). The sentence is quoted with the list blanked, so the question
/// is answerable from the note; wrong options are entries of other lists of the same kind in the note, nearest section
/// first, and never something the quote itself mentions.
/// </summary>
internal static partial class ProseEnumerationQuestions
{
    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var lists = ProseEnumeration.Of(context);
        foreach (var list in lists)
        {
            var others = lists.Where(o => o != list && o.Kind == list.Kind && !o.IsContinuation && !list.IsContinuation)
                .SelectMany(o => o.Entries.Select(e => (Text: e, Tier: ProseDefinitionQuestions.Tier(list.Section, o.Section))))
                .Where(c => !QuizText.IsNearAny(c.Text, list.Entries) && !CardText.ContainsNormalized(list.Quote, c.Text))
                .DistinctBy(c => CardText.Normalize(c.Text))
                .ToList();
            if (Example(context, list, others) is { } example)
            {
                yield return example;
            }

            if (Response(context, list, others) is { } response)
            {
                yield return response;
            }
        }
    }

    private static QuizQuestion? Example(QuizContext context, ProseEnumeration list, List<(string Text, int Tier)> others)
    {
        var answers = Unmarked(list, others);
        var answer = answers[context.Random.Next(answers.Count)];
        var prompt = QuizText.IsEnglish(list.Quote)
            ? $"Which of the following does the note list at ［……］? \"{list.Quote}\""
            : $"下列哪一项是笔记在［……］处列举的？「{list.Quote}」";
        return ListQuestions.Choice(context, list.Section, Subject("example", list), prompt, answer, list.Entries, others, list.Explanation);
    }

    private static QuizQuestion? Response(QuizContext context, ProseEnumeration list, List<(string Text, int Tier)> others)
    {
        var english = QuizText.IsEnglish(list.Quote);
        return ListQuestions.Response(
            context, list.Section, Subject("response", list),
            count => english
                ? $"Which of the following does the note list at ［……］? (Choose {ListQuestions.CountWord(count, english)}.) \"{list.Quote}\""
                : $"下列哪些是笔记在［……］处列举的？（选择{ListQuestions.CountWord(count, english)}项）「{list.Quote}」",
            list.Entries, others, list.Explanation);
    }

    /// <summary>
    /// The entries that do not carry a word most of the list shares and no wrong option has: asked which of
    /// "Presto, Apache Hive, Apache Spark, Amazon Neptune" is an AWS vector store, the one "Amazon" gives it away, so the
    /// answer is Redis.
    /// </summary>
    internal static IReadOnlyList<string> Unmarked(ProseEnumeration list, IReadOnlyList<(string Text, int Tier)> others)
    {
        var marks = list.Entries.SelectMany(e => Word().Matches(e).Select(m => m.Value)).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(w => list.Entries.Count(e => HasWord(e, w)) * 2 >= list.Entries.Count && !others.Any(o => HasWord(o.Text, w)))
            .ToList();
        var plain = list.Entries.Where(e => !marks.Any(m => HasWord(e, m))).ToList();
        return plain.Count > 0 ? plain : list.Entries;
    }

    private static bool HasWord(string text, string word) =>
        Word().Matches(text).Any(m => m.Value.Equals(word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex Word();

    // Named by its label and first entry: two lists under one label in a section stay two questions.
    private static string Subject(string shape, ProseEnumeration list) => $"prose-{shape}:{list.Label}:{list.Entries[0]}";
}
