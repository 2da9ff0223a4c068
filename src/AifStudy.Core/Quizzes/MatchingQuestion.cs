using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// A matching question over the definitions of one section, for <see cref="DefinitionQuestions"/> and
/// <c>ProseDefinitionQuestions</c> (each decides which pairs may stand side by side).
/// </summary>
internal static class MatchingQuestion
{
    public const int MinPairs = 3;
    public const int MaxPairs = 7;

    /// <summary>
    /// Terms matched with their descriptions, or null for fewer than <see cref="MinPairs"/>; more than
    /// <see cref="MaxPairs"/> are that many chosen by seed, kept in the note's order. <paramref name="english"/> tells,
    /// from the pairs asked, which language the prompt is in.
    /// </summary>
    public static QuizQuestion? Build<T>(
        QuizContext context, NoteSection section, string subject, Func<IReadOnlyList<T>, bool> english, List<T> pairs,
        Func<T, string> term, Func<T, string> description, Func<T, string> explanation)
    {
        if (pairs.Count < MinPairs)
        {
            return null;
        }

        if (pairs.Count > MaxPairs)
        {
            var keep = pairs.ToArray();
            context.Random.Shuffle(keep);
            pairs = pairs.Where(p => keep.Take(MaxPairs).Contains(p)).ToList();
        }

        var title = Flashcards.CardText.StripNumber(section.Title);
        var prompt = english(pairs) ? $"Match each term with its description ({title})." : $"将每个术语与其描述配对（{title}）。";
        var question = context.Question(
            QuestionKind.Matching, section, subject, prompt, pairs.Select(description).ToList(),
            Enumerable.Range(0, pairs.Count).ToList(), string.Join("\n", pairs.Select(explanation)));
        return question with { Items = pairs.Select(term).ToList() };
    }
}
