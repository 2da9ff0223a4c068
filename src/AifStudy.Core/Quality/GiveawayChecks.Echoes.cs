using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// Answers given away by echoes of the term: its own characters unpacked or side by side, a number or a capital letter
/// only the right option carries.
/// </summary>
internal static partial class GiveawayChecks
{
    /// <summary>
    /// True for a term → definition card or a "which describes" question whose right description is short and holds
    /// every character of the term's Chinese (three or more): "均方誤差" → "對誤差平方後取平均" unpacks the name, and the
    /// learner reads the answer off it.
    /// </summary>
    public static bool TermUnpacked(StudyItem item)
    {
        if (item.IsPractice || item.AnswerIsTerm || item.StatementIsTrue is not null || item.Term is not { } term || item.Kind is not ("TermDefinition" or "MultipleChoice"))
        {
            return false;
        }

        var chinese = ChineseScript.ToSimplified(term).Where(ScriptCounts.IsCjk).Distinct().ToList();
        var answer = ChineseScript.ToSimplified(item.Answer);
        var answerCjk = answer.Count(ScriptCounts.IsCjk);
        return chinese.Count >= 3 && answerCjk <= chinese.Count * 5 / 2 && chinese.All(c => answer.Contains(c, StringComparison.Ordinal));
    }

    /// <summary>
    /// True for a multiple-choice question where a number the learner reads in the prompt appears in the right option
    /// and in no wrong one: "4-bit" in the description and "NF4 量化" among names without a 4.
    /// </summary>
    public static bool Number(StudyItem item)
    {
        if (item.IsPractice || item.StatementIsTrue is not null || item.Options.Count < 3)
        {
            return false;
        }

        var prompt = QualityText.WithoutFrames(item.Prompt) + (item.AnswerIsTerm ? "" : " " + item.Term);
        return OnlyRightHolds(Digits(), prompt, item);
    }

    /// <summary>
    /// True for a "which describes" question whose term has a capital letter standing alone ("K-Means", "X-Ray") that the
    /// right description alone repeats ("將數據分成 K 個簇").
    /// </summary>
    public static bool Letter(StudyItem item)
    {
        if (item.StatementIsTrue is not null || item.Options.Count < 3)
        {
            return false;
        }

        // "N-grams" and "sequences of n items": a name's variable letter, in either case, said by its description alone.
        if (item.AnswerIsTerm
            ? VariableLetter(item.Answer, QualityText.WithoutFrames(item.Prompt), item.Distractors, againstNames: true)
            : item.Term is { } lettered && VariableLetter(lettered, item.Answer, item.Distractors, againstNames: false))
        {
            return true;
        }

        return !item.IsPractice && !item.AnswerIsTerm && item.Term is { } term && (OnlyRightHolds(SingleCapital(), term, item) || WrongSaysOwnLetter(item));
    }

    // "Each record indistinguishable from k-1 others" (K-anonymity) and "At least L different…" (L-diversity) beside the
    // description of T-closeness: each wrong one names its own term's letter, and falls away without being understood.
    private static bool WrongSaysOwnLetter(StudyItem item) =>
        item.Distractors.Any(d => item.Section.Definitions.FirstOrDefault(x => CardText.Normalize(x.Definition) == CardText.Normalize(d)) is { } own
            && VariableLetter(own.Term, d, [], againstNames: false));

    // A token (a number, a lone capital) of what the learner reads that the right option holds and no wrong one does.
    private static bool OnlyRightHolds(Regex token, string read, StudyItem item)
    {
        HashSet<string> Of(string text) => token.Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var answer = Of(item.Answer);
        var distractors = item.Distractors.Select(Of).ToList();
        return Of(read).Any(t => answer.Contains(t) && !distractors.Any(d => d.Contains(t)));
    }

    // A capital with no letter beside it: the K of "K-Means", "K 个簇", "top-K"; not the A of "AWS".
    [GeneratedRegex(@"(?<![A-Za-z])[A-Z](?![A-Za-z])")]
    private static partial Regex SingleCapital();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    // Two characters of a Chinese term side by side, in any order, in the right description alone: "狀態回寫" → "…寫回至
    // Memory" (the term's own bigrams in order are caught as shared words).
    private static bool TermPair(string term, string answer, IReadOnlyList<string> distractors)
    {
        var characters = ChineseScript.ToSimplified(QualityText.Core(term)).Where(ScriptCounts.IsCjk).ToHashSet();
        if (characters.Count < 2)
        {
            return false;
        }

        bool Holds(string text)
        {
            var simplified = ChineseScript.ToSimplified(text);
            for (var i = 1; i < simplified.Length; i++)
            {
                if (simplified[i] != simplified[i - 1] && characters.Contains(simplified[i]) && characters.Contains(simplified[i - 1]))
                {
                    return true;
                }
            }

            return false;
        }

        return Holds(answer) && !distractors.Any(Holds);
    }

    /// <summary>
    /// True when the right description alone says a generic word of the term ("Amazon SageMaker Model Cards" → the one
    /// option about "model documentation"; "基础模型" → the one that says 模型) or a word the term is built on
    /// ("Misinformation" → "…misleading information"): the words the distinctive-word check leaves out still match.
    /// </summary>
    public static bool EchoedPart(string term, string answer, IReadOnlyList<string> distractors)
    {
        // "DeepRacer" is "deep" and "racer" too.
        var termWords = LatinWords(term).Concat(CamelPart().Matches(term).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 3)).Distinct().ToList();
        var answerWords = LatinWords(answer);
        var otherWords = distractors.SelectMany(LatinWords).ToList();
        foreach (var word in termWords)
        {
            if (answerWords.Any(w => Echoes(word, w) && (GenericWords.Contains(QualityText.Stem(word)) || word.Length > w.Length)) && !otherWords.Any(w => Echoes(word, w)))
            {
                return true;
            }
        }

        var chineseTerm = ChineseScript.ToSimplified(term);
        return GenericChinese.Any(g => chineseTerm.Contains(g, StringComparison.Ordinal) && ChineseScript.ToSimplified(answer).Contains(g, StringComparison.Ordinal)
            && !distractors.Any(d => ChineseScript.ToSimplified(d).Contains(g, StringComparison.Ordinal)))
            || SharedCharacter(term, answer, distractors);
    }

    /// <summary>
    /// A character of a Chinese name that only the right one of the other side repeats: "树索引" beside "树状索引结构…",
    /// "维数" beside "空间是几维的", "私有数据" beside "私域…", while no wrong option says 树, 维 or 私. Characters that
    /// half the domain's names share (模, 型, 数, 据, 学, 习…), the classifiers of kinds (层, 集, 库…) and function characters do not count.
    /// </summary>
    public static bool SharedCharacter(string name, string right, IReadOnlyList<string> wrong)
    {
        var simplifiedName = ChineseScript.ToSimplified(name);
        if (!simplifiedName.Any(ScriptCounts.IsCjk))
        {
            return false;
        }

        var simplifiedRight = ChineseScript.ToSimplified(right);
        var simplifiedWrong = wrong.Select(ChineseScript.ToSimplified).ToList();
        foreach (var c in simplifiedName)
        {
            if (ScriptCounts.IsCjk(c) && !CommonCharacters.Contains(c) && simplifiedRight.Contains(c) && !simplifiedWrong.Any(w => w.Contains(c)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> CommonCharacters = System.Buffers.SearchValues.Create(
        "的了是在和与及或一个种为以于对中上下不有等其此该这那之将把被所从由也都而并可能会要就如通过用使进行出到得地着们来时后前大小多少新高低好更最很" +
        "模型数据学习方法算机器化性度率值量理式系统务力工具生成计分析处信息问题结果输入文本任网络训练测试特征类别能人智语言图像自动动态作业用户" +
        "层集库件块项段步阶");

    // The same word, or a word of five letters or more that the term's word is built on ("information" in "misinformation").
    // "racer" (of DeepRacer) says "race" too.
    private static bool Echoes(string termWord, string word) =>
        QualityText.Stem(termWord) == QualityText.Stem(word)
        || (word.Length >= MinBuiltOn && termWord.Length > word.Length && (termWord.EndsWith(word, StringComparison.Ordinal) || termWord.StartsWith(word, StringComparison.Ordinal)))
        || (QualityText.Stem(word) is { Length: >= MinBuiltOn } stem && termWord.Length > stem.Length + MaxEnding && termWord.StartsWith(stem, StringComparison.Ordinal))
        || (word.Length >= MinEnding && termWord.Length - word.Length is > 0 and <= MaxEnding && termWord.StartsWith(word, StringComparison.Ordinal));

    private const int MinEnding = 4;
    private const int MaxEnding = 2;

    private const int MinBuiltOn = 5;

    private static readonly HashSet<string> GenericWords = new(["model", "data"], StringComparer.Ordinal);

    private static readonly string[] GenericChinese = ["模型", "数据"];

    private static List<string> LatinWords(string text) => EnglishWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"(?<=[a-z])[A-Z][a-z]+")]
    private static partial Regex CamelPart();

    /// <summary>
    /// True when <paramref name="name"/> holds a variable letter ("N-grams", "k-means", "Top-k") that
    /// <paramref name="description"/> says as a word of its own ("sequences of n items") while no other option does: the
    /// other descriptions (<paramref name="againstNames"/> false), or the other names' letters (true).
    /// </summary>
    internal static bool VariableLetter(string name, string description, IReadOnlyList<string> others, bool againstNames)
    {
        if (LetterName().Match(name) is not { Success: true } m)
        {
            return false;
        }

        var letter = LetterOf(m);
        return Says(description, letter)
            && !others.Any(o => againstNames ? LetterName().Match(o) is { Success: true } n && char.ToLowerInvariant(LetterOf(n)) == char.ToLowerInvariant(letter) : Says(o, letter));

        static char LetterOf(Match match) => (match.Groups["a"].Success ? match.Groups["a"] : match.Groups["b"]).Value[0];

        // The letter as a word of its own, in either case: "n" in "sequences of n items", not in "n-gram" or "name".
        static bool Says(string text, char letter)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(letter) && (i == 0 || !IsWordOrHyphen(text[i - 1])) && (i + 1 == text.Length || !IsWordOrHyphen(text[i + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        static bool IsWordOrHyphen(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';
    }

    [GeneratedRegex(@"(?i)(?<![\w-])(?<a>[a-z])-(grams?|means|medoids|nn|nearest|shot|fold|gram|anonymity|diversity|closeness|scores?|measure|tests?|statistics?|values?|sne|distribution)\b|\btop-(?<b>[a-z])\b")]
    private static partial Regex LetterName();
}
