using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// The two questions every kind of list gives, whatever found the list (a markdown list, <see cref="EnumerationQuestions"/>,
/// or one written in a sentence, <c>ProseEnumerationQuestions</c>): one entry among wrong options (multiple choice) and
/// two or three entries among wrong options (multiple response). The callers word the prompt; the random draws happen
/// here, in the same order for both.
/// </summary>
internal static class ListQuestions
{
    private const int ChoiceOptions = 4;
    private const int ResponseOptions = 5;

    /// <summary><paramref name="answer"/> (one of <paramref name="entries"/>) against three wrong options, or null without enough.</summary>
    public static QuizQuestion? Choice(
        QuizContext context, NoteSection section, string subject, string prompt, string answer,
        IReadOnlyList<string> entries, IReadOnlyList<(string Text, int Tier)> others, string explanation)
    {
        var wrong = Distractors.Pick([answer, .. entries], others, ChoiceOptions - 1, context.Random);
        return wrong is null
            ? null
            : context.Question(QuestionKind.MultipleChoice, section, subject, prompt, [answer, .. wrong], [0], explanation);
    }

    /// <summary>
    /// Two entries (three from a list of five or more) against wrong options, five options in all, or null without
    /// enough; <paramref name="prompt"/> gets how many to choose.
    /// </summary>
    public static QuizQuestion? Response(
        QuizContext context, NoteSection section, string subject, Func<int, string> prompt,
        IReadOnlyList<string> entries, IReadOnlyList<(string Text, int Tier)> others, string explanation)
    {
        var count = entries.Count >= 5 ? 3 : 2;
        var right = entries.ToArray();
        context.Random.Shuffle(right);
        var chosen = right.Take(count).ToList();
        var wrong = Distractors.Pick(entries, others, ResponseOptions - count, context.Random);
        return wrong is null
            ? null
            : context.Question(
                QuestionKind.MultipleResponse, section, subject, prompt(count), [.. chosen, .. wrong],
                Enumerable.Range(0, count).ToList(), explanation);
    }

    /// <summary>"two"/"three" (English) or 两/三 for a "choose N" prompt.</summary>
    public static string CountWord(int count, bool english) =>
        english ? (count == 2 ? "two" : "three") : (count == 2 ? "两" : "三");
}
