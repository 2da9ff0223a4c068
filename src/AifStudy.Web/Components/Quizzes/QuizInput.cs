using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Quizzes;

namespace AifStudy.Web.Components.Quizzes;

/// <summary>What clicking (or pressing the number key of) option <c>index</c> does to an answer, per question kind.</summary>
public static class QuizInput
{
    /// <summary>
    /// Multiple choice and true/false: selects it. Multiple response: toggles it. Ordering: appends it as the next step,
    /// or takes it (and the steps after it) back out. Matching and cloze have no option keys: null.
    /// </summary>
    public static QuizAnswer? Press(QuizQuestion question, QuizAnswer current, int index)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(current);
        if (index < 0 || index >= question.Options.Count)
        {
            return null;
        }

        var chosen = current.Chosen;
        return question.Kind switch
        {
            QuestionKind.MultipleChoice or QuestionKind.TrueFalse => new QuizAnswer([index]),
            QuestionKind.MultipleResponse => chosen.Contains(index)
                ? new QuizAnswer([.. chosen.Where(i => i != index)])
                : new QuizAnswer([.. chosen, index]),
            QuestionKind.Ordering => chosen.Contains(index)
                ? new QuizAnswer([.. chosen.TakeWhile(i => i != index)])
                : new QuizAnswer([.. chosen, index]),
            _ => null,
        };
    }

    /// <summary>Matching: option <paramref name="option"/> (or none, -1) for item <paramref name="item"/>; unpicked items hold -1.</summary>
    public static QuizAnswer Match(QuizQuestion question, QuizAnswer current, int item, int option)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(current);
        var picks = Enumerable.Range(0, question.Items.Count).Select(i => i < current.Chosen.Count ? current.Chosen[i] : -1).ToArray();
        picks[item] = option;
        return new QuizAnswer(picks);
    }

    /// <summary>True when the answer is complete enough to submit (every step ordered, every item matched, the expected number chosen).</summary>
    public static bool IsComplete(QuizQuestion question, QuizAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        return question.Kind switch
        {
            QuestionKind.Cloze => !string.IsNullOrWhiteSpace(answer.Typed),
            QuestionKind.Ordering => answer.Chosen.Count == question.Options.Count,
            QuestionKind.Matching => answer.Chosen.Count == question.Items.Count && answer.Chosen.All(i => i >= 0),
            QuestionKind.MultipleResponse => answer.Chosen.Count == question.CorrectIndexes.Count,
            _ => answer.Chosen.Count == 1,
        };
    }

    /// <summary>"Choose two" etc. for multiple response.</summary>
    public static string ChooseHint(int count) => count switch
    {
        2 => "Choose two.",
        3 => "Choose three.",
        _ => $"Choose {count}.",
    };
}
