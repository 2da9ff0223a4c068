using System.Text.RegularExpressions;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// Giveaways by a related word (<c>giveaway-related-word</c>): a word of the description that shares its stem with the
/// right name, a wrong option that names the term, the right description spelling out the term.
/// </summary>
internal static partial class GiveawayChecks
{
    public static bool RelatedWord(StudyItem item)
    {
        if (item.IsPractice || item.Kind != "MultipleChoice" || item.Options.Count < 3)
        {
            return false;
        }

        if (!item.AnswerIsTerm)
        {
            return item.Term is { } term && (SpellsOutTerm(term, item.Answer, item.Distractors) || WrongOptionNamesTerm(term, item.Answer, item.Distractors) || NamePartEcho(term, item.Answer, item.Distractors)
                || WrongOptionSetsItselfApart(term, item.Distractors));
        }

        // "a scalable web application programming interface…" → RESTful API: the description spells out the right name's
        // acronym, which no wrong name has.
        if (SpelledAcronym(item.Answer, QualityText.WithoutFrames(item.Prompt), item.Distractors))
        {
            return true;
        }

        // The context the generator added ("「神经网络层」中的哪个术语") is the same for every option; the description is not.
        var prompt = QualityText.WithoutFrames(item.Prompt);
        if (!string.IsNullOrEmpty(item.Context))
        {
            prompt = prompt.Replace(item.Context, " ", StringComparison.Ordinal);
        }

        var described = QualityText.Tokens(prompt, withGeneric: true).Where(t => ScriptCounts.IsCjk(t[0])).ToHashSet(StringComparer.Ordinal);
        var distractorPairs = item.Distractors.Select(d => QualityText.Tokens(d, withGeneric: true)).ToList();
        if (QualityText.Tokens(item.Answer, withGeneric: true).Any(t => described.Contains(t) && !distractorPairs.All(d => d.Contains(t))))
        {
            return true;
        }

        // A wrong name that shares a word with the description the right one lacks reads as right too ("Enable filters…"
        // → Prompt Filters; "…文字序列…" → 序列到序列).
        var answerPairs = QualityText.Tokens(item.Answer, withGeneric: true);
        var distinctive = QualityText.Tokens(prompt);
        if (distractorPairs.Any(d => d.Any(t => distinctive.Contains(t) && ScriptCounts.IsCjk(t[0]) && !answerPairs.Contains(t))))
        {
            return true;
        }

        var words = QualityText.Words(prompt);
        var answerWords = QualityText.Words(item.Answer);
        var distractorWords = item.Distractors.Select(QualityText.Words).ToList();
        bool Shares(IReadOnlyList<string> option, string w) => option.Any(o => QualityText.Related(o, w));
        return words.Any(w => Shares(answerWords, w) && !distractorWords.All(d => Shares(d, w)))
            || words.Any(w => !Generic.Contains(w) && !Shares(answerWords, w) && distractorWords.Any(d => Shares(d, w)));
    }

    // A wrong description that says a word of the term the right one does not ("微调可能涉及调整超参数…" for 微调策略, whose
    // description never says 微调) reads as right, and may well be.
    private static bool WrongOptionNamesTerm(string term, string answer, IReadOnlyList<string> distractors)
    {
        // The Chinese beside an English name counts too: "Alignment (对齐)" against "…让模型对齐人类价值观".
        var words = QualityText.Tokens(QualityText.Core(term)).Concat(QualityText.Tokens(term)).Where(t => ScriptCounts.IsCjk(t[0])).Distinct(StringComparer.Ordinal).ToList();
        var right = QualityText.Tokens(answer);
        return words.Any(w => !right.Contains(w) && distractors.Any(d => QualityText.Tokens(d).Contains(w)));
    }

    // "…（更结构化，与多步的“基于推理”不同）" among the descriptions of 多步查询转换: a wrong option that says how it differs
    // from the term rules itself out.
    private static bool WrongOptionSetsItselfApart(string term, IReadOnlyList<string> distractors)
    {
        var words = QualityText.Tokens(QualityText.Core(term)).Where(t => ScriptCounts.IsCjk(t[0])).ToList();
        var english = QualityText.Words(QualityText.Core(term)).Where(w => w.Length >= 4 && !Generic.Contains(w)).ToList();
        return distractors.Any(d => Contrast().Matches(d).Any(m =>
            words.Any(w => QualityText.Tokens(m.Value).Contains(w)) || english.Any(w => m.Value.Contains(w, StringComparison.OrdinalIgnoreCase))));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(与|與|和|跟)[^，。；,;]{1,16}?(不同|区别|區別)|(不像|有别于|有別於)[^，。；,;]{1,16}|\b(unlike|different from|differs from|in contrast to)\s[^,;.]{1,40}", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Contrast();

    // Words a wrong name may share with a description without reading as right: "model" in "SageMaker Model Monitor".
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "model", "models", "data", "amazon", "aws", "sagemaker", "bedrock", "service", "services" };

    // The right description spells out half the term or more ("文字序列到文字序列的转化" for 序列到序列, "Handle multiple
    // data types" for Multi-modal Models) and no wrong one does as much.
    private static bool SpellsOutTerm(string term, string answer, IReadOnlyList<string> distractors)
    {
        // Every character of a Chinese term, in order: "文字序列到文字序列" holds 序列到序列, "从文字序列到标签" does not.
        // A longer term within a few characters ("文字序列的生成" for 序列生成); a two-character one anywhere ("被分割成…单词"
        // for 分词).
        var chinese = new string(ChineseScript.ToSimplified(QualityText.Core(term)).Where(ScriptCounts.IsCjk).ToArray());
        var span = chinese.Length == 2 ? int.MaxValue : (2 * chinese.Length) + 2;
        if (chinese.Length >= 2 && InOrder(chinese, answer, span) && !distractors.Any(d => InOrder(chinese, d, span)))
        {
            return true;
        }

        var pairs = QualityText.Tokens(QualityText.Core(term), withGeneric: true).Where(t => ScriptCounts.IsCjk(t[0])).ToList();
        var words = QualityText.Words(QualityText.Core(term)).Where(w => !Generic.Contains(w)).ToList();
        int Count(string text)
        {
            var tokens = QualityText.Tokens(text, withGeneric: true);
            var textWords = QualityText.Words(text);
            return pairs.Count(tokens.Contains) + words.Count(w => textWords.Any(t => QualityText.Related(w, t)));
        }

        // Every character in order, from the first to the last within span characters.
        static bool InOrder(string characters, string text, int span)
        {
            var simplified = ChineseScript.ToSimplified(text);
            for (var start = simplified.IndexOf(characters[0]); start >= 0; start = simplified.IndexOf(characters[0], start + 1))
            {
                var at = start + 1;
                foreach (var c in characters.Skip(1))
                {
                    at = simplified.IndexOf(c, at);
                    if (at < 0)
                    {
                        return false;
                    }

                    at++;
                }

                if (at - start <= span)
                {
                    return true;
                }
            }

            return false;
        }

        var size = pairs.Count + words.Count;
        var inAnswer = Count(answer);
        return size > 0 && 2 * inAnswer >= size && inAnswer > 0 && distractors.All(d => Count(d) < inAnswer);
    }

    // "Amazon ElastiCache" → "In-memory caching (Redis/Memcached)": a capitalised part of the name that the right description
    // alone repeats in a related form.
    private static bool NamePartEcho(string term, string answer, IReadOnlyList<string> distractors)
    {
        var parts = NamePart().Matches(term).Select(m => m.Value.ToLowerInvariant()).Where(p => p.Length >= 4 && p is not ("amazon" or "sage" or "maker")).ToList();
        if (parts.Count == 0)
        {
            return false;
        }

        bool Echoes(string text, string part) => QualityText.Words(text).Any(w => QualityText.Related(w, part));
        return parts.Any(p => Echoes(answer, p) && !distractors.Any(d => Echoes(d, p)));
    }

    [GeneratedRegex(@"[A-Z][a-z]+")]
    private static partial Regex NamePart();

    private static bool SpelledAcronym(string answer, string prompt, IReadOnlyList<string> distractors)
    {
        var initials = string.Concat(InitialWord().Matches(prompt).Select(m => char.ToUpperInvariant(m.Value[0])));
        // Two letters only from two capitalised words ("Precision–Recall" → PR-AUC), not any two words that follow.
        var capitals = string.Concat(InitialWord().Matches(prompt).Where(m => char.IsUpper(m.Value[0])).Select(m => m.Value[0]));
        return Acronym().Matches(answer).Select(m => m.Groups["letters"].Value).Any(a =>
            (a.Length > 2 ? initials : capitals).Contains(a, StringComparison.Ordinal) && !distractors.Any(d => d.Contains(a, StringComparison.Ordinal)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<letters>[A-Z]{2,6})s?\b")]
    private static partial System.Text.RegularExpressions.Regex Acronym();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Za-z][A-Za-z-]*")]
    private static partial System.Text.RegularExpressions.Regex InitialWord();
}

