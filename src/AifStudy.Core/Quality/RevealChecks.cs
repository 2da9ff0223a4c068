using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>Checks for an answer the prompt itself reveals: its words, its characters, its acronym, its translation, its list.</summary>
internal static partial class RevealChecks
{
    private const double RevealedShare = 2.0 / 3;

    public static bool SelfRevealing(StudyItem item)
    {
        if (!item.AnswerIsTerm)
        {
            return false;
        }

        // "［……］（Cross-validation）是…": the bracket beside the blank is the answer's other name.
        if (item.Kind == "Cloze" && GlossBesideBlank().IsMatch(item.Prompt))
        {
            return true;
        }

        var prompt = QualityText.WithoutFrames(item.Prompt);
        foreach (var answer in new[] { item.Answer, QualityText.Core(item.Answer) })
        {
            if (CardText.ContainsNormalized(prompt, answer) || CardText.ContainsNormalized(ChineseScript.ToSimplified(prompt), ChineseScript.ToSimplified(answer)))
            {
                return true;
            }
        }

        // Most of the answer's character pairs in the prompt: "供应链优化" in "评估和优化不同的供应链场景"; the name in
        // brackets too ("Hybrid Search（混合检索）" in "…混合方法…检索").
        var core = ChineseScript.ToSimplified(QualityText.Core(item.Answer));
        var simplifiedPrompt = ChineseScript.ToSimplified(prompt);
        foreach (var name in new[] { core, ChineseScript.ToSimplified(Inner(item.Answer)) })
        {
            var pairs = CjkPairs(name);
            if (pairs.Count >= 2 && pairs.Count(p => simplifiedPrompt.Contains(p, StringComparison.Ordinal)) >= RevealedShare * pairs.Count)
            {
                return true;
            }
        }

        // An acronym whose words the prompt spells out: "Approximate Nearest Neighbor" → ANN.
        if (Acronym().IsMatch(core) && Initials(prompt).Contains(core, StringComparison.Ordinal))
        {
            return true;
        }

        // "结合推理（Reasoning）和行动（Acting）" spells ReAct; "基于 GPT 模型" spells ChatGPT; "（假阴性）" glosses False Negative.
        if (SpelledByWords(prompt, core) || GlossedInBrackets(prompt, core))
        {
            return true;
        }

        var words = QualityText.Tokens(core).Where(t => t.All(char.IsAsciiLetter)).ToList();
        var promptTokens = QualityText.Tokens(prompt);
        return (words.Count > 0 && words.All(promptTokens.Contains)) || Glossary.SpellsOut(simplifiedPrompt, core);
    }

    public static bool ListNamedInFront(StudyItem item)
    {
        if (item.Kind != "ListRecall")
        {
            return false;
        }

        var prompt = ChineseScript.ToSimplified(QualityText.WithoutFrames(item.Prompt));
        var entries = item.Answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => ChineseScript.ToSimplified(QualityText.Core(e.TrimStart('-', '*', ' '))))
            .Where(e => e.Length > 0).ToList();
        // A word of an entry that no other entry has ("训练" of 预训练, "提示" of 提示工程) named in the label; "学习" of
        // 监督学习 / 无监督学习 / 强化学习 under "机器学习的类型" is shared, and tells nothing.
        var tokens = entries.Select(e => QualityText.Tokens(e)).ToList();
        var promptTokens = QualityText.Tokens(prompt);
        var named = entries.Where((e, i) => CardText.ContainsNormalized(prompt, e)
            || tokens[i].Any(t => promptTokens.Contains(t) && tokens.Where((_, j) => j != i).All(o => !o.Contains(t)))).Count();
        return entries.Count > 0 && named * 2 >= entries.Count;
    }

    private static string Inner(string answer)
    {
        var open = answer.AsSpan().IndexOfAny(['(', '（']);
        var close = answer.AsSpan().LastIndexOfAny([')', '）']);
        return open >= 0 && close > open ? answer[(open + 1)..close] : "";
    }

    // The initials of the prompt's capitalised words in a row: "Approximate Nearest Neighbor, …" → "ANN".
    private static string Initials(string prompt) =>
        string.Concat(LatinWord().Matches(prompt).Select(m => char.IsUpper(m.Value[0]) ? m.Value[0] : ' '));

    private static bool SpelledByWords(string prompt, string answer)
    {
        var letters = new string(answer.Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
        if (letters.Length < 3 || answer.Any(ScriptCounts.IsCjk))
        {
            return false;
        }

        var words = LatinWord().Matches(prompt).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Any(w => w.Length >= 3 && letters.Contains(w, StringComparison.Ordinal)))
        {
            return true;
        }

        // Prefixes of consecutive words: "re" + "act".
        for (var i = 0; i + 1 < words.Count; i++)
        {
            for (var a = 2; a <= words[i].Length && a < letters.Length; a++)
            {
                var rest = letters[a..];
                if (letters.StartsWith(words[i][..a], StringComparison.Ordinal) && rest.Length >= 2 && words[i + 1].StartsWith(rest, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool GlossedInBrackets(string prompt, string answer) =>
        answer.Any(char.IsAsciiLetter) && !answer.Any(ScriptCounts.IsCjk) && ShortCjkGloss().IsMatch(prompt);

    private static List<string> CjkPairs(string text) =>
        QualityText.Tokens(text, withGeneric: true).Where(t => ScriptCounts.IsCjk(t[0])).ToList();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(［……］|\\?\[\.\.\.\\?\])\s*[（(][^（）()]{2,40}[）)]|[（(]\s*(［……］|\\?\[\.\.\.\\?\])\s*[）)]")]
    private static partial Regex GlossBesideBlank();

    [GeneratedRegex(@"[（(][\u4e00-\u9fff]{2,6}[）)]")]
    private static partial Regex ShortCjkGloss();
}
