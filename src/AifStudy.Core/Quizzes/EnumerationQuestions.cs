namespace AifStudy.Core.Quizzes;

/// <summary>
/// "Which is an example of X" (multiple choice) and "which are X? (choose two/three)" (multiple response) from lists
/// of named entries; wrong options are entries of other lists in the note.
/// </summary>
internal static class EnumerationQuestions
{
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
        var prompt = QuizText.IsEnglishLabel(list.Label)
            ? $"Which of the following belongs to \"{list.Label}\"?"
            : $"下列哪一项属于「{list.Label}」？";
        return ListQuestions.Choice(context, list.Section, "example:" + list.Label, prompt, answer, list.Entries, others, list.Explanation);
    }

    private static QuizQuestion? Response(QuizContext context, Enumeration list, List<(string Text, int Tier)> others)
    {
        if (list.Entries.Count < 3)
        {
            return null;
        }

        var english = QuizText.IsEnglishLabel(list.Label);
        return ListQuestions.Response(
            context, list.Section, "response:" + list.Label,
            count => english
                ? $"Which of the following belong to \"{list.Label}\"? (Choose {ListQuestions.CountWord(count, english)}.)"
                : $"下列哪些属于「{list.Label}」？（选择{ListQuestions.CountWord(count, english)}项）",
            list.Entries, others, list.Explanation);
    }
}
