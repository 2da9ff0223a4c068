namespace AifStudy.Core.Flashcards;

/// <summary>Wording rules for lecture-style questions: lead-ins to strip, questions too vague to ask, filler to drop from answers.</summary>
internal static class QuestionText
{
    private static readonly string[] LeadIns = ["问题，", "问题,", "问题：", "问题:"];
    private static readonly string[] Connectives = ["但是，", "那么，", "另外，", "所以，", "因此，", "而且，", "同样，"];

    // Yes/no and rhetorical questions, questions about "this", and example prompts ("您可以问问模型，…是谁？").
    private static readonly string[] NotAsked = ["是否", "能否", "可否", "吗？", "为什么呢", "您可以问", "问问", "可能会问", "这些问题"];
    private static readonly string[] Demonstratives = ["这", "那", "它", "此", "该"];
    private static readonly string[] Premises = ["假设", "如果", "假如"];
    private static readonly string[] Fillers = ["稍作停顿", "停顿一下", "暂停一下", "到此结束", "下一节课", "下一课", "抽认卡", "看一个问题", "另一个问题", "几个问题"];

    /// <summary>The question without its lead-in, or null when it is not worth a card.</summary>
    public static string? Clean(string sentence)
    {
        var question = sentence.Trim();
        foreach (var leadIn in LeadIns)
        {
            var at = question.IndexOf(leadIn, StringComparison.Ordinal);
            if (at is >= 0 and <= 12)
            {
                question = question[(at + leadIn.Length)..];
            }
        }

        foreach (var connective in Connectives.Where(c => question.StartsWith(c, StringComparison.Ordinal)))
        {
            question = question[connective.Length..];
        }

        var vague = NotAsked.Any(w => question.Contains(w, StringComparison.Ordinal))
            || Demonstratives.Any(d => question.StartsWith(d, StringComparison.Ordinal))
            || CardText.CjkCount(question) + (2 * CardText.WordCount(question)) < 5;
        return vague ? null : question;
    }

    public static bool IsPremise(string sentence) => Premises.Any(p => sentence.StartsWith(p, StringComparison.Ordinal));

    public static bool IsFiller(string sentence) => Fillers.Any(f => sentence.Contains(f, StringComparison.Ordinal));

    /// <summary><c>答案：客户支持、…</c> → <c>客户支持、…</c>.</summary>
    public static string StripAnswerLabel(string sentence)
    {
        foreach (var label in new[] { "答案：", "答案:", "Answer:" })
        {
            if (sentence.StartsWith(label, StringComparison.Ordinal))
            {
                return sentence[label.Length..].Trim();
            }
        }

        return sentence;
    }
}
