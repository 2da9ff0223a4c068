using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Typed-answer questions: a sentence with a bold term blanked, chosen exactly as the cloze cards choose them
/// (<see cref="ClozeCards"/>), so only where the rest of the sentence still points at the term.
/// </summary>
internal static class ClozeQuestions
{
    private const int MaxTypedIdeographs = 10;
    private const int MaxTypedWords = 4;
    private static readonly string[] Examples = ["例如", "比如", "如", "e.g.", "such as"];

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        foreach (var section in context.Sections)
        {
            foreach (var draft in ClozeCards.From(section).Where(d => CardRules.Violation(d) is null))
            {
                var term = draft.Subject[(draft.Subject.LastIndexOf('|') + 1)..];
                if (!IsTypeable(term))
                {
                    continue;
                }

                var english = QuizText.IsEnglish(draft.Subject);
                var prompt = (english ? "Fill in the blank: " : "填空：") + CardRules.Visible(draft.Front);
                var question = context.Question(QuestionKind.Cloze, section, "cloze:" + draft.Subject, prompt, [], [], CardRules.Visible(draft.Back));
                yield return question with { AcceptedAnswers = Accepted(term) };
            }
        }
    }

    // A typed answer must be recallable word for word: a term, not half a clause.
    private static bool IsTypeable(string term) =>
        CardText.CjkCount(term) <= MaxTypedIdeographs && CardText.WordCount(term) <= MaxTypedWords;

    /// <summary>The term, and for <c>大语言模型（LLM）</c> also each part: "大语言模型" and "LLM".</summary>
    internal static IReadOnlyList<string> Accepted(string term)
    {
        var accepted = new List<string> { term };
        var open = term.IndexOfAny(['(', '（']);
        if (open > 0 && term[^1] is ')' or '）')
        {
            accepted.Add(term[..open].Trim());

            // "深度神经网络（例如 transformers）" is "深度神经网络" with an example, not two names.
            var inner = term[(open + 1)..^1];
            if (!Examples.Any(e => inner.StartsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                accepted.AddRange(inner.Split(['/', ',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return accepted.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
