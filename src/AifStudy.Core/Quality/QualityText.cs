using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>Text measures the checks share: distinctive tokens, a term's core, shapes of options.</summary>
internal static partial class QualityText
{
    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "from", "into", "are", "was", "were", "its", "their", "which", "what",
        "how", "can", "use", "used", "uses", "using", "not", "but", "you", "your", "has", "have", "had", "been", "more",
        "most", "less", "than", "such", "also", "each", "any", "all", "one", "two", "other", "others", "they", "them",
        "when", "where", "who", "will", "would", "should", "could", "may", "might", "about", "over", "under", "between",
        "model", "models", "data", "means", "true", "false", "following", "describes", "term", "does", "describe",
    };

    // Two-letter acronyms every option of this subject may hold.
    private static readonly HashSet<string> CommonAcronyms = new(StringComparer.Ordinal) { "AI", "ML", "DL", "IT", "OK", "US", "UI", "ID", "OR", "IS", "IN", "ON", "TO", "OF", "AN", "AS", "AT", "BY", "IF", "NO", "SO", "UP", "WE", "MY", "DO", "GO", "BE", "HE" };

    /// <summary>
    /// What two texts can share that tells: Chinese character pairs (read as Simplified, so both scripts compare) and
    /// English words of three letters or more that are not function words. Generic words ("model", "data") are left out.
    /// </summary>
    public static HashSet<string> Tokens(string text) => Tokens(text, withGeneric: false);

    /// <summary>As <see cref="Tokens(string)"/>, keeping generic pairs ("模型") when <paramref name="withGeneric"/>.</summary>
    public static HashSet<string> Tokens(string text, bool withGeneric)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var simplified = ChineseScript.ToSimplified(text);
        for (var i = 0; i + 1 < simplified.Length; i++)
        {
            if (ScriptCounts.IsCjk(simplified[i]) && ScriptCounts.IsCjk(simplified[i + 1]))
            {
                tokens.Add(simplified.Substring(i, 2));
            }
        }

        foreach (Match word in Word().Matches(simplified))
        {
            var w = word.Value.ToLowerInvariant();
            if (w.Length >= 3 && !EnglishStopWords.Contains(w))
            {
                tokens.Add(Stem(w));
            }

            // "QA", "RL", "CV", alone or in "QA-based": an acronym tells as much as a word ("verify via QA" → QA-based
            // evaluation).
            foreach (var part in word.Value.Split('-'))
            {
                if (part.Length == 2 && part.All(char.IsAsciiLetterUpper) && !CommonAcronyms.Contains(part))
                {
                    tokens.Add(part.ToLowerInvariant());
                }
            }
        }

        if (!withGeneric)
        {
            // A pair across a function character ("术的" in "技術的成熟") is not a word a learner could spot.
            tokens.ExceptWith(GenericPairs);
            tokens.RemoveWhere(t => t.Length == 2 && (FunctionCharacters.Contains(t[0]) || FunctionCharacters.Contains(t[1])));
        }

        return tokens;
    }

    /// <summary>
    /// The English words of <paramref name="text"/> that can carry meaning, lower case, hyphenated words split
    /// ("Multi-modal" → multi, modal), generic ones ("model", "data") kept.
    /// </summary>
    public static IReadOnlyList<string> Words(string text) =>
        Letters().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3 && !FunctionWords.Contains(w)).Distinct().ToList();

    /// <summary>
    /// The one character a Chinese quality is named by (控 of 可控性, 解 of 可解性), which a bigram never matches; null for
    /// any other term.
    /// </summary>
    public static string? Root(string term) =>
        QualityRoot().Match(ChineseScript.ToSimplified(Core(term))) is { Success: true } m ? m.Groups["root"].Value : null;

    [GeneratedRegex(@"^可(?<root>\p{IsCJKUnifiedIdeographs})性$")]
    private static partial Regex QualityRoot();

    /// <summary>True when the two texts share at least one token.</summary>
    /// <summary>
    /// False when a bracket opens and never closes, or closes without opening ("语义空间(例如", "所有汉字组合的含义)"): text
    /// cut from a line at a colon inside brackets.
    /// </summary>
    public static bool BracketsBalance(string text)
    {
        var depth = 0;
        foreach (var c in text ?? "")
        {
            depth += c is '(' or '（' or '[' or '【' ? 1 : c is ')' or '）' or ']' or '】' ? -1 : 0;
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    public static bool Shares(string a, string b) => Tokens(a).Overlaps(Tokens(b));

    /// <summary>The term without a bracketed gloss: <c>大语言模型（LLM）</c> → <c>大语言模型</c>.</summary>
    public static string Core(string term) => TermCards.CoreTerm(term).Trim();

    /// <summary>The term as a label list compares it: core, Simplified, lower case, letters and digits only.</summary>
    public static string Key(string term) => Compared(Core(term));

    /// <summary>A text as two texts are compared: Simplified, lower case, letters and digits only.</summary>
    public static string Compared(string text) => CardText.Normalize(ChineseScript.ToSimplified(text));

    /// <summary>
    /// The <paramref name="items"/> whose description another item with another term shares word for word ("用于分类和回归的
    /// 算法。" for both 支持向量机 and 决策树): neither can be told apart by it.
    /// </summary>
    public static HashSet<T> DescribedAlike<T>(IEnumerable<T> items, Func<T, string> description, Func<T, string> term) =>
        items.GroupBy(i => Compared(description(i)))
            .Where(g => g.Key.Length > 0 && g.Select(i => Compared(term(i))).Distinct().Count() > 1)
            .SelectMany(g => g).ToHashSet();

    /// <summary>
    /// True when two descriptions are short glosses (under 16 Chinese characters or 12 English words) that share two or
    /// more words (three in English), generic ones included ("使用自己的数据自定义模型输出", "将知识和数据整合到模型中"): each may be read as the other.
    /// </summary>
    public static bool GlossedAlike(string a, string b)
    {
        // English glosses share their small words more often ("Of predicted positives, how many…" for precision and
        // recall): three words there.
        var needed = CardText.CjkCount(a) + CardText.CjkCount(b) == 0 ? 3 : 2;
        return IsShortForAlike(a) && IsShortForAlike(b) && SharedWords(a, b) >= needed;
    }

    // Words the two texts share: each run of Chinese the two have in common counts once ("输入文本" is one word, not three
    // pairs), and each English word of three letters or more (not acronyms: formulas share TP and FP without meaning
    // the same).
    private static int SharedWords(string a, string b)
    {
        var x = ChineseScript.ToSimplified(a);
        var pairs = Tokens(b, withGeneric: true);
        var covered = new bool[x.Length];
        for (var i = 0; i + 1 < x.Length; i++)
        {
            if (ScriptCounts.IsCjk(x[i]) && ScriptCounts.IsCjk(x[i + 1]) && pairs.Contains(x.Substring(i, 2)))
            {
                covered[i] = covered[i + 1] = true;
            }
        }

        var runs = covered.Where((c, i) => c && (i == 0 || !covered[i - 1])).Count();
        var words = Tokens(a, withGeneric: true).Where(w => w.Length > 2 && !ScriptCounts.IsCjk(w[0])).Count(pairs.Contains);
        return runs + words;
    }

    /// <summary>True for a description short enough for <see cref="GlossedAlike"/> to compare.</summary>
    public static bool IsShortForAlike(string text) =>
        CardText.CjkCount(text) > 0 ? CardText.CjkCount(text) < MaxAlikeChinese : CardText.WordCount(text) < MaxAlikeWords;

    private const int MaxAlikeChinese = 16;
    private const int MaxAlikeWords = 12;

    /// <summary>The Chinese in brackets after an English name ("对话式编程" in "Chat-based Coding (对话式编程)"), or null.</summary>
    public static string? ChineseAlias(string term) =>
        AliasAfterName().Match(term.Trim()) is { Success: true } m ? m.Groups["alias"].Value : null;

    [GeneratedRegex(@"^[A-Za-z][^（(]*[（(](?<alias>[^)）]*\p{IsCJKUnifiedIdeographs}{2,}[^)）]*)[)）]$")]
    private static partial Regex AliasAfterName();

    /// <summary>An emoji or a ✅/❌ mark (and the joiners that build emoji), which a title or a prompt carries as decoration.</summary>
    [GeneratedRegex(@"[\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u27BF\u2934\u2935\u2B00-\u2BFF\u3030\u303D\u3297\u3299\uFE0F\u200D]|\p{Cs}|[0-9#*]\uFE0F?\u20E3")]
    public static partial Regex Emoji();

    /// <summary><paramref name="text"/> with the generators' fixed phrases taken out.</summary>
    public static string WithoutFrames(string text)
    {
        foreach (var frame in Wording.SimplifiedFrames.Concat(Wording.TraditionalFrames))
        {
            text = text.Replace(frame, " ", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>True for a name-like option (a term, a service): short, and no clause punctuation.</summary>
    public static bool IsNameLike(string option) =>
        CardText.CjkCount(option) <= 12 && CardText.WordCount(option) <= 6 && option.Length <= 40
        && option.AsSpan().IndexOfAny(ClauseMarks) < 0;

    // "filters", "filtering", "filtered" → "filter"; "policies" → "policy"; "compute", "computing", "computed" → "comput".
    internal static string Stem(string word)
    {
        var stem = word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 ? word[..^3]
            : word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 ? word[..^2]
            : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        return stem.Length > 4 && stem.EndsWith('e') ? stem[..^1] : stem;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "from", "into", "are", "was", "were", "its", "their", "which", "what",
        "how", "can", "not", "but", "you", "your", "has", "have", "had", "been", "all", "any", "one", "two", "use", "used",
        "uses", "using", "such", "also", "each", "more", "most", "less", "than", "other", "others", "when", "where", "who",
        "will", "may", "about", "over", "under", "between", "based", "like", "via", "per", "etc", "new", "without", "within",
        "they", "them", "these", "those", "does", "following", "describes", "describe", "term", "true", "false", "means",
    };

    private const string FunctionCharacters = "的了是在和与及或等之其也都就而把被着这那些";

    // Pairs that say nothing of a subject: "模型", "数据", "一种", "可以", "进行"….
    private static readonly HashSet<string> GenericPairs = new(StringComparer.Ordinal)
    {
        "模型", "数据", "一种", "一个", "可以", "进行", "使用", "用于", "通过", "以及", "我们", "他们", "这些", "那些", "其中",
        "之间", "如何", "什么", "哪些", "没有", "需要", "能够", "不同", "方法", "方式", "技术", "过程", "时候", "问题", "结果",
        "描述", "术语", "正确", "错误", "下列", "哪一", "一项", "以下", "对应", "判断", "正误", "指的", "的是",
    };

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    private static partial Regex Word();

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，,。；;：:");
}
