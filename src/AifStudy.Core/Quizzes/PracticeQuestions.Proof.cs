using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// The line of a note that proves a practice question's key when the author wrote no explanation ("chatbot → Lex" in
/// an exam tip): without one, the letter alone proves nothing and the unproven-answer check drops the question.
/// </summary>
internal static partial class PracticeQuestions
{
    /// <summary>
    /// The first line of the note outside any question that names the keyed option, no other option, and a word of the
    /// stem: "Which service to build a **chatbot** → **Lex**." for "Which service provides chatbot building…?".
    /// </summary>
    private static string? Proof(List<string> lines, string stem, List<string> options, int keyed)
    {
        var answer = PracticeText.Plain(options[keyed]);
        if (CardText.Normalize(answer).Length < 2)
        {
            return null;
        }

        var stemWords = Quality.QualityText.Tokens(stem.Replace(answer, " ", StringComparison.OrdinalIgnoreCase));
        foreach (var plain in lines)
        {
            // A word of the stem besides the answer's own (read only for the few lines that name the answer).
            if (Names(plain, answer)
                && !options.Where((_, i) => i != keyed).Any(o => Names(plain, PracticeText.Plain(o)))
                && Quality.QualityText.Tokens(plain.Replace(answer, " ", StringComparison.OrdinalIgnoreCase)).Overlaps(stemWords))
            {
                return plain;
            }
        }

        return null;
    }

    // The note's lines that could prove a key, read once per note: no option, key or question, short enough to show.
    private static List<string> ProofLines(List<(string Text, NoteSection Section)> lines)
    {
        var found = new List<string>();
        foreach (var (raw, _) in lines)
        {
            var text = raw.Trim();
            if (text.Length == 0 || PracticeText.Option(text) is not null || KeyLine().IsMatch(text) || text.EndsWith('?') || text.EndsWith('？'))
            {
                continue;
            }

            var plain = PracticeText.Plain(ListMarker().Replace(text, ""));
            if (plain.Length is > 0 and <= MaxExplanation)
            {
                found.Add(plain);
            }
        }

        return found;
    }

    // The option as a word of the line: "Lex" in "→ Lex.", not in "Lexicon".
    private static bool Names(string line, string option)
    {
        var at = line.IndexOf(option, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(line[at - 1]) || Notes.ScriptCounts.IsCjk(line[at - 1]);
            var end = at + option.Length;
            var after = end == line.Length || !char.IsLetterOrDigit(line[end]) || Notes.ScriptCounts.IsCjk(line[end]);
            if (before && after)
            {
                return true;
            }

            at = line.IndexOf(option, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
