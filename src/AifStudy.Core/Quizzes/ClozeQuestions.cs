using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Typed-answer questions: a sentence with a bold term blanked, chosen exactly as the cloze cards choose them
/// (<see cref="ClozeCards"/>), so only where the rest of the sentence still points at the term.
/// </summary>
internal static class ClozeQuestions
{
    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        foreach (var section in context.Sections)
        {
            foreach (var draft in ClozeCards.From(section).Where(d => CardRules.Violation(d) is null))
            {
                var term = draft.Subject[(draft.Subject.LastIndexOf('|') + 1)..];
                var english = QuizText.IsEnglish(draft.Subject);
                var prompt = (english ? "Fill in the blank: " : "填空：") + CardRules.Visible(draft.Front);
                var question = context.Question(QuestionKind.Cloze, section, "cloze:" + draft.Subject, prompt, [], [], CardRules.Visible(draft.Back));
                yield return question with { AcceptedAnswers = Accepted(term) };
            }
        }
    }

    /// <summary>The term, and for <c>大语言模型（LLM）</c> also each part: "大语言模型" and "LLM".</summary>
    internal static IReadOnlyList<string> Accepted(string term)
    {
        var accepted = new List<string> { term };
        var open = term.IndexOfAny(['(', '（']);
        if (open > 0 && term[^1] is ')' or '）')
        {
            accepted.Add(term[..open].Trim());
            accepted.AddRange(term[(open + 1)..^1].Split(['/', ',', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        return accepted.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }
}
