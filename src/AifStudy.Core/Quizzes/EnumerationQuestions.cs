namespace AifStudy.Core.Quizzes;

/// <summary>
/// "Which is an example of X" (multiple choice) and "which are X? (choose two/three)" (multiple response) from lists
/// of named entries; wrong options are entries of other lists in the note.
/// </summary>
internal static class EnumerationQuestions
{
    private const int ChoiceOptions = 4;
    private const int ResponseOptions = 5;

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var lists = Enumeration.Of(context);
        foreach (var list in lists)
        {
            var others = lists.Where(o => o != list && !o.IsNestedWith(list))
                .SelectMany(o => o.Entries.Select(e => (Text: e, Tier: o.Section == list.Section ? 0 : 1)))
                .Where(c => !QuizText.IsNearAny(c.Text, list.Entries) && !QuizText.IsNearEqual(c.Text, list.Label))
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

    private static QuizQuestion? Example(QuizContext context, Enumeration list, List<(string Text, int Tier)> others)
    {
        var answer = list.Entries[context.Random.Next(list.Entries.Count)];
        var wrong = Distractors.Pick([answer, .. list.Entries], others, ChoiceOptions - 1, context.Random);
        if (wrong is null)
        {
            return null;
        }

        var prompt = QuizText.IsEnglishLabel(list.Label)
            ? $"Which of the following belongs to \"{list.Label}\"?"
            : $"下列哪一项属于「{list.Label}」？";
        return context.Question(QuestionKind.MultipleChoice, list.Section, "example:" + list.Label, prompt, [answer, .. wrong], [0], list.Explanation);
    }

    private static QuizQuestion? Response(QuizContext context, Enumeration list, List<(string Text, int Tier)> others)
    {
        if (list.Entries.Count < 3)
        {
            return null;
        }

        var count = list.Entries.Count >= 5 ? 3 : 2;
        var right = list.Entries.ToArray();
        context.Random.Shuffle(right);
        var chosen = right.Take(count).ToList();
        var wrong = Distractors.Pick(list.Entries, others, ResponseOptions - count, context.Random);
        if (wrong is null)
        {
            return null;
        }

        var english = QuizText.IsEnglishLabel(list.Label);
        var prompt = english
            ? $"Which of the following belong to \"{list.Label}\"? (Choose {(count == 2 ? "two" : "three")}.)"
            : $"下列哪些属于「{list.Label}」？（选择{(count == 2 ? "两" : "三")}项）";
        return context.Question(
            QuestionKind.MultipleResponse, list.Section, "response:" + list.Label, prompt, [.. chosen, .. wrong],
            Enumerable.Range(0, count).ToList(), list.Explanation);
    }
}
