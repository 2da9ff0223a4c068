using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Practice questions the note's author wrote, asked as written: a question, lettered options (<c>A.</c>, <c>B)</c>,
/// <c>(C)</c>, in a list, on lines or in a code block) and an answer key (<c>answer: B</c>, <c>答案：B</c>,
/// <c>**Correct Answer:** B</c>, or a "Correct Answer" heading over <c>**D. Sampling bias**</c>). The author's key is the
/// answer, so these are the surest questions a note holds; a question without a key, with more than one keyed letter, a
/// keyed letter that is not an option, or an option that points at others ("All of the above", "A and B") is dropped.
/// </summary>
internal static partial class PracticeQuestions
{
    /// <summary>Subject prefix of a practice question (its stem follows).</summary>
    public const string SubjectPrefix = "practice|";

    private const int MinOptions = 3;
    private const int MaxStemLines = 8;
    private const int MaxStemParagraphs = 2;
    private const int MaxKeyDistance = 40;
    private const int MaxExplanation = 400;

    public static IEnumerable<QuizQuestion> Build(QuizContext context)
    {
        var lines = context.Note.Sections.SelectMany(s => s.Markdown.Split('\n').Select(l => (Text: l.TrimEnd('\r'), Section: s))).ToList();
        var runs = OptionRuns(lines);
        var stems = runs.Select((run, r) => Stem(lines, r == 0 ? 0 : runs[r - 1].End, run.Start)).ToList();
        List<string>? proofs = null;
        for (var r = 0; r < runs.Count; r++)
        {
            var (_, end, options) = runs[r];

            // The key and its explanation lie between these options and the next question.
            var next = Enumerable.Range(r + 1, runs.Count - r - 1).Select(n => stems[n]?.Line ?? runs[n].Start).FirstOrDefault(lines.Count);
            if (stems[r] is not { } stem
                || Key(lines, end, Math.Min(next, end + MaxKeyDistance), options.Count) is not { } key
                || options.Any(o => PointsAtOthers().IsMatch(o)))
            {
                continue;
            }

            // In the author's order: an explanation says "B (Wrong): …".
            var section = lines[stem.Line].Section;
            // Without one, the line of the note that proves the key ("chatbot → Lex" in an exam tip); the letter alone
            // proves nothing, and the unproven-answer check drops it.
            proofs ??= ProofLines(lines);
            var explanation = key.Explanation is { Length: > 0 } e ? e
                : Proof(proofs, stem.Text, options, key.Index) ?? $"{(char)('A' + key.Index)}. {options[key.Index]}";
            yield return context.Question(
                QuestionKind.MultipleChoice, section, SubjectPrefix + CardText.Normalize(stem.Text), stem.Text, options, [key.Index], explanation, shuffle: false);
        }
    }

    // Runs of lettered options A, B, C… in order (blank lines and fence lines between them allowed).
    private static List<(int Start, int End, List<string> Options)> OptionRuns(List<(string Text, NoteSection Section)> lines)
    {
        var runs = new List<(int, int, List<string>)>();
        var i = 0;
        while (i < lines.Count)
        {
            if (PracticeText.Option(lines[i].Text) is not ('A', var first))
            {
                i++;
                continue;
            }

            var options = new List<string> { first };
            var start = i;
            var last = i;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var text = lines[j].Text;
                if (PracticeText.Option(text) is ({ } letter, var option) && letter == 'A' + options.Count)
                {
                    options.Add(option);
                    last = j;
                }
                else if (!string.IsNullOrWhiteSpace(text) && !PracticeText.IsFence(text))
                {
                    break;
                }
            }

            if (options.Count >= MinOptions && options.All(o => o.Length > 0))
            {
                runs.Add((start, last + 1, options));
            }

            i = last + 1;
        }

        return runs;
    }

    // The question: the paragraphs just above the options (at most two: a scenario and its question), in one section,
    // back to the previous question; labels ("Choices", "Question 1") skipped. It must ask something.
    private static (string Text, int Line)? Stem(List<(string Text, NoteSection Section)> lines, int from, int to)
    {
        var taken = new List<(string Text, int Line)>();
        var breaks = 0;
        for (var i = to - 1; i >= from && taken.Count < MaxStemLines; i--)
        {
            var text = lines[i].Text.Trim();
            if (taken.Count > 0 && lines[i].Section != lines[taken[^1].Line].Section)
            {
                break;
            }

            if (text.Length == 0 || PracticeText.IsFence(text) || Html().IsMatch(text) || StemLabel().IsMatch(PracticeText.Plain(text)))
            {
                if (taken.Count > 0 && text.Length == 0 && ++breaks >= MaxStemParagraphs)
                {
                    break;
                }

                continue;
            }

            if (KeyLine().IsMatch(text) || PracticeText.Option(text) is not null)
            {
                break;
            }

            taken.Add((PracticeText.Plain(QuestionNumber().Replace(text, "")), i));
        }

        taken.Reverse();
        var stem = string.Join(" ", taken.Select(t => t.Text).Where(t => t.Length > 0)).Trim();
        return stem.Length > 0 && Asks().IsMatch(stem) ? (stem, taken[0].Line) : null;
    }

    // The keyed letter (one, and among the options) and the explanation after it, if any.
    private static (int Index, string Explanation)? Key(List<(string Text, NoteSection Section)> lines, int from, int to, int optionCount)
    {
        for (var i = from; i < to; i++)
        {
            var text = PracticeText.Plain(lines[i].Text);
            var m = KeyLine().Match(lines[i].Text);
            string? letters = m.Success ? m.Groups["letters"].Value : null;
            var underKeyHeading = KeyHeading().IsMatch(PracticeText.Plain(lines[i].Section.Title)) && (i == from || lines[i - 1].Section != lines[i].Section
                || Enumerable.Range(from, i - from).All(j => lines[j].Section != lines[i].Section || string.IsNullOrWhiteSpace(lines[j].Text)));
            if (letters is null && underKeyHeading && PracticeText.Option(lines[i].Text) is ({ } keyedOption, _))
            {
                // A "Correct Answer" heading over "**D. Sampling bias**".
                letters = keyedOption.ToString();
            }
            else if (letters is null && KeyHeading().IsMatch(text))
            {
                // "Correct Answer" as a heading or a line of its own, the keyed option on the next non-empty line.
                var next = Enumerable.Range(i + 1, Math.Max(0, to - i - 1)).FirstOrDefault(j => !string.IsNullOrWhiteSpace(lines[j].Text), -1);
                letters = next >= 0 && PracticeText.Option(lines[next].Text) is ({ } l, _) ? l.ToString() : null;
                i = next >= 0 ? next : i;
            }

            if (letters is null)
            {
                continue;
            }

            var keyed = letters.ToUpperInvariant().Where(c => c is >= 'A' and <= 'F').Distinct().ToList();
            if (keyed.Count != 1 || keyed[0] - 'A' >= optionCount)
            {
                return null;
            }

            return (keyed[0] - 'A', Explanation(lines, i + 1, to));
        }

        return null;
    }

    private static string Explanation(List<(string Text, NoteSection Section)> lines, int from, int to)
    {
        var parts = new List<string>();
        for (var i = from; i < to; i++)
        {
            // The explanation stays in the key's section, or goes on into a section of its own ("1.4 - Why?"); a question
            // after it is the next one.
            if (from > 0 && lines[i].Section != lines[i - 1].Section && !ExplanationLabel().IsMatch(PracticeText.Plain(NumberPrefix().Replace(lines[i].Section.Title, ""))))
            {
                break;
            }

            var text = lines[i].Text.Trim();
            if (text.EndsWith('?') || text.EndsWith('？'))
            {
                break;
            }

            if (PracticeText.IsFence(text) || Html().IsMatch(text) || text.Length == 0)
            {
                if (parts.Count > 0 && text.Length == 0)
                {
                    break;
                }

                continue;
            }

            var plain = ExplanationLabel().Replace(PracticeText.Plain(text), "").Trim();
            if (plain.Length > 0)
            {
                parts.Add(plain);
            }
        }

        var explanation = string.Join(" ", parts);
        return explanation.Length <= MaxExplanation ? explanation : "";
    }

    // "answer: B", "答案：B", "**Correct Answer:** B", "正確答案: (C)", "Answer - D".
    [GeneratedRegex(@"(?:^|[\s>*(（])(?:正确答案|正確答案|答案|参考答案|參考答案|Correct\s+answer|Answer)\s*(?:\*\*)?\s*[:：\-–]\s*(?:\*\*)?\s*(?:Option\s+)?\(?(?<letters>[A-Fa-f](?:\s*(?:,|，|、|and|&|和)?\s*[A-Fa-f])*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s*[-–.]?\s*)?(?:正确答案|正確答案|答案|Correct\s+answer|Answer)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyHeading();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s*[-–.]?\s*)?(?:Choices|Options|选项|選項|Original Question|Question(?:\s+\d+)?|题目|題目|问题|問題)\s*[:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex StemLabel();

    [GeneratedRegex(@"^(?:Explanation|解析|说明|說明|Why\??)\s*[:：]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ExplanationLabel();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:Q(?:uestion)?\s*)?\d+\s*[\.\):：、]\s*(?:\*\*)?", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionNumber();

    [GeneratedRegex(@"[?？]|\b(?:which|what|how|why|select|choose)\b|哪|什么|什麼|如何|为什么|為什麼|选择|選擇", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    [GeneratedRegex(@"all of the above|none of the above|both [A-F] and [A-F]|\b[A-F] and [A-F]\b|以上皆是|以上都是|以上皆非|以上都不是|以上全部", RegexOptions.IgnoreCase)]
    private static partial Regex PointsAtOthers();

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)*\s*[-–.]?\s*")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^\s*(?:[-*+>]\s+|\d+[.)]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*</?(details|summary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Html();
}
