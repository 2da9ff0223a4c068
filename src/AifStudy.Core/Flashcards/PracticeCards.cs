using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// Questions the note's author wrote with their answers, as cards: a question (ending in "?" or "？") whose answer
/// follows in a code block (<c>```\nUnsupervised learning\n非监督学习…\n```</c>), and <c>Q: … / A: …</c>
/// (<c>问：… / 答：…</c>) pairs. The author's answer is the back, so the card is as right as the note.
/// </summary>
internal static partial class PracticeCards
{
    private const int MaxAnswerLength = 120;
    private const int MaxExplanationLength = 300;
    private const int MaxQuestionLength = 600;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        var lines = section.Markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        // A question inside a code block is an example prompt ("What is the currency of France?" in a base model's
        // sample output), and the fence that closes it opens nothing.
        var inCode = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (PracticeText.IsFence(lines[i]))
            {
                inCode = !inCode;
                continue;
            }

            if (!inCode && (FromCodeBlock(section, lines, i) ?? FromPair(section, lines, i)) is { } card)
            {
                yield return card;
            }
        }
    }

    // "3. A company … Which problem is the LLM having?" then "```\nHallucination\n这是 LLM 常见的…\n```".
    private static CardDraft? FromCodeBlock(NoteSection section, List<string> lines, int i)
    {
        var question = Question(lines[i]);
        if (question is null)
        {
            return null;
        }

        var open = Next(lines, i + 1);
        if (open < 0 || !PracticeText.IsFence(lines[open]))
        {
            return null;
        }

        var body = new List<string>();
        var close = open + 1;
        for (; close < lines.Count && !PracticeText.IsFence(lines[close]); close++)
        {
            if (lines[close].Trim().Length > 0)
            {
                body.Add(lines[close].Trim());
            }
        }

        // An option list in the block is a multiple-choice question (PracticeQuestions), not an answer.
        if (close >= lines.Count || body.Count == 0 || body.Any(l => Lettered().IsMatch(l)) || body[0].Length > MaxAnswerLength)
        {
            return null;
        }

        return Card(section, question, body[0], string.Join(" ", body.Skip(1)));
    }

    // "Q: What is RAG?" then "A: Retrieval-augmented generation …" (also 问：/答：, Question:/Answer:).
    private static CardDraft? FromPair(NoteSection section, List<string> lines, int i)
    {
        var q = QuestionLabel().Match(lines[i]);
        if (!q.Success)
        {
            return null;
        }

        var next = Next(lines, i + 1);
        var a = next < 0 ? Match.Empty : AnswerLabel().Match(lines[next]);
        if (!a.Success)
        {
            return null;
        }

        var question = PracticeText.Plain(q.Groups["text"].Value);
        return question.Length > 0 && (question.EndsWith('?') || question.EndsWith('？'))
            ? Card(section, question, PracticeText.Plain(a.Groups["text"].Value), "")
            : null;
    }

    private static CardDraft? Card(NoteSection section, string question, string answer, string explanation)
    {
        // "Which option is…", "下列哪一项…" asks among options the card does not show.
        if (answer.Length == 0 || question.Length > MaxQuestionLength || Lettered().IsMatch(answer) || explanation.Length > MaxExplanationLength
            || AmongOptions().IsMatch(question))
        {
            return null;
        }

        var back = CardText.Escape(answer) + (explanation.Length > 0 ? "\n\n" + CardText.Escape(explanation) : "");
        return new CardDraft(CardKind.PracticeQuestion, CardText.Escape(question), back, section, "practice|" + CardText.Normalize(question));
    }

    private static string? Question(string line)
    {
        var text = PracticeText.Plain(Number().Replace(line, ""));
        return text.Length > 0 && (text.EndsWith('?') || text.EndsWith('？')) && !QuestionLabel().IsMatch(line) ? text : null;
    }

    private static int Next(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\b(which|what) (option|of the following|choice|answer)|the following|以下哪|下列哪|以下何者|下列何者|哪一个选项|哪個選項|哪一項|哪一项", RegexOptions.IgnoreCase)]
    private static partial Regex AmongOptions();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*)?\(?[A-Fa-f](?:\*\*)?\s*[\.\)、．]\s*\S")]
    private static partial Regex Lettered();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:Q(?:uestion)?\s*)?\d+\s*[\.\)、:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:Q|Question|问|問|问题|問題)\s*\d*\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionLabel();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:A|Answer|答|回答|答案)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerLabel();
}
