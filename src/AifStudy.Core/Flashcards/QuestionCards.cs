using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using Markdig.Syntax;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Questions the prose asks and answers itself, in one paragraph: <c>什么是向量？向量是……</c>,
/// <c>再来看另一个问题。什么是少样本提示？您可以……</c>, <c>…有哪些？答案：…</c>.
/// </summary>
internal static class QuestionCards
{
    private const int MaxAnswerSentences = 3;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        var document = Markdig.Markdown.Parse(section.Markdown, MarkdownPipelines.Default);
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            var sentences = Sentences.Of(InlineText.Of(paragraph.Inline));
            for (var i = 0; i + 1 < sentences.Count; i++)
            {
                if (Card(section, sentences, i) is { } card)
                {
                    yield return card;
                }
            }
        }
    }

    private static CardDraft? Card(NoteSection section, IReadOnlyList<string> sentences, int i)
    {
        // A run of questions ("您希望…有多快？您有多少计算预算？") is a checklist, not a question with its answer.
        if (!Sentences.IsQuestion(sentences[i]) || (i > 0 && Sentences.IsQuestion(sentences[i - 1])))
        {
            return null;
        }

        var question = QuestionText.Clean(sentences[i]);
        if (question is null)
        {
            return null;
        }

        // "假设您的自动驾驶汽车系统需要即时做出决策…。您应该选择哪种模型？" needs its premise.
        if (i > 0 && QuestionText.IsPremise(sentences[i - 1]))
        {
            question = sentences[i - 1] + question;
        }

        var answer = sentences.Skip(i + 1).TakeWhile(s => !Sentences.IsQuestion(s))
            .Where(s => !QuestionText.IsFiller(s)).Take(MaxAnswerSentences)
            .Select(QuestionText.StripAnswerLabel).Where(s => s.Length > 0).ToList();
        var joined = string.Concat(answer);
        if (answer.Count == 0 || !CardText.HasContext(joined))
        {
            return null;
        }

        var separator = CardText.IsEnglish(joined) ? " " : "";
        return new CardDraft(CardKind.QuestionAnswer, CardText.Escape(question), CardText.Escape(string.Join(separator, answer)), section, question);
    }
}
