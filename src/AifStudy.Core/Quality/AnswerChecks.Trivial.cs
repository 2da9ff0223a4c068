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
            || Echoes(QualityText.Core(item.Term), item.Answer) || PurposeEcho(QualityText.Core(item.Term), item.Answer)
            // "Training Set（训练集）" → "用于训练模型的数据": the Chinese beside the English name says it again.
            || (QualityText.ChineseAlias(item.Term) is { Length: <= MaxAlias } alias && CardText.CjkCount(alias) == alias.Length
                && (PurposeEcho(alias, item.Answer) || Restates(alias, item.Answer)));
    }


    // A Chinese name of a few characters only ("训练集"), not a gloss with its own Latin ("Lasso回归").
    private const int MaxAlias = 8;

    // "评估数据集" → "用来评估RLHF的效果": a thing named for its use, whose back only says the use again.
    private const int PurposeEchoLength = 16;

    private static bool PurposeEcho(string term, string back)
    {
        var t = Search.ChineseScript.ToSimplified(term).Trim();
        var b = Search.ChineseScript.ToSimplified(back).Trim();
        return t.Length is >= 3 and <= 6 && CardText.CjkCount(t) == t.Length && CardText.CjkCount(b) <= PurposeEchoLength
            && PurposeFrame().Match(b) is { Success: true } m && b.AsSpan(m.Length).TrimStart().StartsWith(t.AsSpan(0, 2), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(主要)?(用来|用于|用以|可用于|负责|专门用于)")]
    private static partial System.Text.RegularExpressions.Regex PurposeFrame();

    // A Chinese back of a dozen characters that repeats the first word of its four-character term ("创作工具" → "辅助各行业的
    // 创作工作"): a slogan around the label, nothing to recall.
    private const int EchoLength = 12;
    private const int TaskEcho = 20;

    // The heads of a task's name that a paraphrase repeats ("机器翻译", "文本摘要", "情感分类"); not 学习 or 训练, whose
    // paraphrase says how ("监督学习" → "从标记数据中学习").
    [System.Text.RegularExpressions.GeneratedRegex(@"(翻译|摘要|生成|问答|对话|分类|识别|检测|抽取|提取|推荐|检索|优化|泄露|标注)$")]
    private static partial System.Text.RegularExpressions.Regex TaskHead();

    [System.Text.RegularExpressions.GeneratedRegex(@"方法|算法|技术|模型|过程|机制|框架|指标|函数|网络|结构|策略|系统|工具|服务")]
    private static partial System.Text.RegularExpressions.Regex Genus();

    private static bool Echoes(string term, string back)
    {
        var t = Search.ChineseScript.ToSimplified(term);
        var b = Search.ChineseScript.ToSimplified(back);
        if (t.Length != 4 || CardText.CjkCount(t) != t.Length || b.Any(char.IsAsciiLetter))
        {
            return false;
        }

        // The modifier, not the head noun: "监督学习" → "用标注数据进行学习" says what kind of learning. A task's name
        // ("机器翻译" → "将一种语言的文本自动翻译成另一种语言", "文本摘要" → "从原文中提取或生成简洁的摘要") said again as a
        // verb phrase around its head, with no kind named, is as empty.
        var cjk = CardText.CjkCount(b);
        return t.Length == 4 && ((cjk <= EchoLength && b.Contains(t[..2], StringComparison.Ordinal))
            || (cjk <= TaskEcho && TaskHead().IsMatch(t) && b.IndexOf(t[2..], StringComparison.Ordinal) > 0 && !Genus().IsMatch(b)));
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
