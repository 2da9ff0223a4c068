using AifStudy.Core.Quizzes;
namespace AifStudy.Web.Services.Quizzes;

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

    /// <summary>
    /// Why <paramref name="answer"/> cannot be an answer to <paramref name="question"/> (an option that does not exist, the
    /// wrong number of options for the kind, text for a choice or choices for a cloze), or null when it can be marked.
    /// Clients other than the pages (the JSON API) are told this instead of having a malformed answer marked wrong.
    /// </summary>
    public static string? Problem(QuizQuestion question, QuizAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var chosen = answer.Chosen;
        if (question.Kind == QuestionKind.Cloze)
        {
            return string.IsNullOrWhiteSpace(answer.Typed) || chosen.Count > 0
                ? "This is a typed-answer (cloze) question: send the answer as 'typed' and no 'chosen' options."
                : null;
        }

        if (!string.IsNullOrEmpty(answer.Typed))
        {
            return $"This {KindName(question.Kind)} question takes option indexes as 'chosen' and no 'typed' text.";
        }

        var options = question.Options.Count;
        if (chosen.Where(i => i < 0 || i >= options).Select(i => (int?)i).FirstOrDefault() is { } outside)
        {
            return $"Option {outside} does not exist: this question has options 0 to {options - 1}.";
        }

        var distinct = chosen.Distinct().Count();
        var sent = $"{chosen.Count} {(chosen.Count == 1 ? "was" : "were")} sent";
        return question.Kind switch
        {
            QuestionKind.MultipleResponse when chosen.Count != question.CorrectIndexes.Count || distinct != chosen.Count =>
                $"This multiple-response question takes exactly {question.CorrectIndexes.Count} different options ({ChooseHint(question.CorrectIndexes.Count).TrimEnd('.').ToLowerInvariant()}); {sent}.",
            QuestionKind.Ordering when chosen.Count != options || distinct != options =>
                $"This ordering question takes all {options} options, each once, first step first; {sent}.",
            QuestionKind.Matching when chosen.Count != question.Items.Count =>
                $"This matching question takes one option per item, {question.Items.Count} in item order; {sent}.",
            QuestionKind.MultipleChoice or QuestionKind.TrueFalse when chosen.Count != 1 =>
                $"This {KindName(question.Kind)} question takes exactly 1 option; {sent}.",
            _ => null,
        };
    }

    private static string KindName(QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "multiple-choice",
        QuestionKind.MultipleResponse => "multiple-response",
        QuestionKind.TrueFalse => "true/false",
        QuestionKind.Ordering => "ordering",
        QuestionKind.Matching => "matching",
        _ => "cloze",
    };

    /// <summary>"Choose two" etc. for multiple response.</summary>
    public static string ChooseHint(int count) => count switch
    {
        2 => "Choose two.",
        3 => "Choose three.",
        _ => $"Choose {count}.",
    };
}
