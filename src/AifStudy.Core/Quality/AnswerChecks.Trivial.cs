using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>A back that only says its term again (<c>trivial-back</c>): its words in a frame, in other order, or a slogan around it.</summary>
internal static partial class AnswerChecks
{
    [GeneratedRegex(@"^what (you|we|the user|users|one) (want|need|would like)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WantFrame();

    public static bool TrivialBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Term is null || item.Kind != "TermDefinition")
        {
            return false;
        }

        var back = QualityText.Tokens(item.Answer);
        var term = QualityText.Tokens(QualityText.Core(item.Term));
        // "Output format" → "What you want the output to be formatted": the term's own words in a "what you want" frame.
        var framed = WantFrame().IsMatch(item.Answer.TrimStart()) && term.Count > 0 && term.All(t => back.Any(b => b.StartsWith(t, StringComparison.Ordinal)));
        return framed || (back.Count > 0 && back.Count <= 6 && back.Count(term.Contains) * 2 >= back.Count) || Restates(QualityText.Core(item.Term), item.Answer)
            || Echoes(QualityText.Core(item.Term), item.Answer);
    }

    // A Chinese back of a dozen characters that repeats the first word of its four-character term ("创作工具" → "辅助各行业的
    // 创作工作"): a slogan around the label, nothing to recall.
    private const int EchoLength = 12;

    private static bool Echoes(string term, string back)
    {
        var t = Search.ChineseScript.ToSimplified(term);
        var b = Search.ChineseScript.ToSimplified(back);
        if (t.Length != 4 || CardText.CjkCount(t) != 4 || CardText.CjkCount(b) > EchoLength || b.Any(char.IsAsciiLetter))
        {
            return false;
        }

        // The modifier, not the head noun: "监督学习" → "用标注数据进行学习" says what kind of learning.
        return b.Contains(t[..2], StringComparison.Ordinal);
    }

    // A short back that holds every character of a Chinese term ("序列生成" → "文字序列的生成…") or every word of an
    // English one says the term again in other order.
    private const int LongTerm = 6;

    private static bool Restates(string term, string back)
    {
        var t = Search.ChineseScript.ToSimplified(term);
        var b = Search.ChineseScript.ToSimplified(back);
        var ideographs = t.Where(Notes.ScriptCounts.IsCjk).Distinct().ToList();
        if (ideographs.Count >= 2)
        {
            // All of them, or all but one of a long term ("使用神经网络进行语言建模" for 神经网络语言模型).
            var missing = ideographs.Count(c => !b.Contains(c));
            return CardText.CjkCount(b) <= ShortRestatement && missing <= (ideographs.Count >= LongTerm ? 1 : 0);
        }

        // Each word of the term, or a form of it ("Reliability and Safety" → "…perform reliably and safely").
        // "Amazon Translate" → "a text translation service": the maker's name is not what the back would have to say.
        var words = QualityText.Tokens(t);
        if (words.Count > 1 && (words.Contains("amazon") || words.Contains("aws")))
        {
            words = [.. words.Where(w => w is not ("amazon" or "aws"))];
        }

        var backWords = QualityText.Tokens(b);
        return ideographs.Count == 0 && CardText.CjkCount(b) == 0 && words.Count > 0 && CardText.WordCount(b) <= ShortRestatementWords
            && words.All(w => backWords.Any(x => x == w || (w.Length >= 5 && x.Length >= 5 && string.CompareOrdinal(w, 0, x, 0, 4) == 0)));
    }
}
