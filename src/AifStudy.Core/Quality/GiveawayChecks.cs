using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// Checks for an answer a learner can find without knowing it: in the prompt (<see cref="RevealChecks"/>), by shared
/// words, by length or by shape. <see cref="All"/> lists them in the order they run.
/// </summary>
internal static partial class GiveawayChecks
{
    private const double LengthRatio = 1.5;
    private const int LengthGap = 10;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("self-revealing", "the prompt spells out the answer (its words or most of its characters)", RevealChecks.SelfRevealing),
        new("list-named-in-front", "a list whose label already names its entries (\"训练、微调和提示调整：包括哪 3 项？\")", RevealChecks.ListNamedInFront),
        new("giveaway-shared-words", "only the right option shares a distinctive word with the prompt, or a true/false statement repeats its term", SharedWords),
        new("giveaway-related-word", "a word of the description shares its stem with the right name and not with every wrong one (\"visual\" → Computer Vision, \"over time\" → Time-series)", RelatedWord),
        new("term-unpacked", "a short back or description that only spells out the characters of its Chinese term (\"MSE（均方誤差）\" → \"對誤差平方後取平均\")", TermUnpacked),
        new("giveaway-number", "a number of the prompt that only the right option carries (\"4-bit\" → NF4 量化, \"175B\" → GPT-3 175B)", Number),
        new("giveaway-letter", "a capital letter of the term that only the right description repeats (\"K-Means\" → \"將數據分成 K 個簇\")", Letter),
        new("giveaway-alias", "the description names the term by another name (\"Differences-in-Differences(DID) 别名倍差法\" for 双重差分法, \"also known as…\")", Alias),
        new("giveaway-starts-with-term", "an option begins with its own term (\"算力指的是…\")", StartsWithTerm),
        new("giveaway-length", "the right option is by far the longest or shortest, or the only full sentence", Length),
        new("giveaway-opening", "the right option alone opens as a clause among noun phrases, or as a noun phrase among clauses (\"Occurs when…\" against \"A method…\")", Opening),
        new("off-kind-options", "options of another kind than the answer (names against sentences)", OffKind),
        new("fragment-option", "an option cut mid-clause (\"然后模型又…\", \"Training data must\")", Fragment),
    ];

    public static bool SharedWords(StudyItem item)
    {
        if (item.StatementIsTrue is not null && item.Term is { } term)
        {
            // A statement that repeats a word of its term reads true (or, swapped in, reads like a trick) without knowledge.
            var statement = QualityText.WithoutFrames(item.Prompt).Replace(term, " ", StringComparison.Ordinal);
            return QualityText.Shares(QualityText.Core(term), statement);
        }

        if (item.Options.Count < 3)
        {
            return false;
        }

        if (item.AnswerIsTerm)
        {
            // Names as options: a word of the description that only the right name holds ("版本" → 版本控制, "模型" → 基础模型).
            var prompt = QualityText.Tokens(QualityText.WithoutFrames(item.Prompt), withGeneric: true);
            var others = item.Distractors.Select(d => QualityText.Tokens(d, withGeneric: true)).ToList();
            if (QualityText.Tokens(item.Answer, withGeneric: true).Any(t => prompt.Contains(t) && !others.Any(o => o.Contains(t))))
            {
                return true;
            }

            // The one character a quality is named by: "难以精确控制…" → 可控性.
            if (QualityText.Root(item.Answer) is { } root && ChineseScript.ToSimplified(QualityText.WithoutFrames(item.Prompt)).Contains(root, StringComparison.Ordinal)
                && !item.Distractors.Any(d => ChineseScript.ToSimplified(d).Contains(root, StringComparison.Ordinal)))
            {
                return true;
            }

            // An English name whose word the Chinese description translates: "窃取…" → Model Stealing, "缓存" → Cache.
            var simplifiedPrompt = ChineseScript.ToSimplified(QualityText.WithoutFrames(item.Prompt));
            var otherWords = item.Distractors.SelectMany(Glossary.Translations).ToHashSet(StringComparer.Ordinal);
            if (Glossary.Translations(item.Answer).Any(c => simplifiedPrompt.Contains(c, StringComparison.Ordinal) && !otherWords.Contains(c)))
            {
                return true;
            }

            // And the other way: an English description whose words the Chinese name translates ("Final Answer …
            // Observation" → 最终答案要和中间观察对齐).
            return Glossary.Translations(QualityText.WithoutFrames(item.Prompt)).Any(c => ChineseScript.ToSimplified(item.Answer).Contains(c, StringComparison.Ordinal)
                && !item.Distractors.Any(d => ChineseScript.ToSimplified(d).Contains(c, StringComparison.Ordinal)));
        }

        // A word of the term (or its Chinese, for an English term) that the right description alone holds: "性能跟踪" →
        // "…的性能指标" though another option says "跟踪"; "Feature Store" → "特征存储".
        var tokens = QualityText.Tokens(item.Term ?? QualityText.WithoutFrames(item.Prompt));
        var answer = QualityText.Tokens(item.Answer);
        var distractors = item.Distractors.Select(d => QualityText.Tokens(d)).ToList();
        if (tokens.Any(t => answer.Contains(t) && !distractors.Any(d => d.Contains(t))))
        {
            return true;
        }

        // The context shown with the term is read too: "Amazon Comprehend (Language (NLP))" → "NLP for sentiment analysis…".
        if (!string.IsNullOrWhiteSpace(item.Context)
            && QualityText.Tokens(item.Context).Any(t => answer.Contains(t) && !distractors.Any(d => d.Contains(t))))
        {
            return true;
        }

        if (item.Term is { } paired && TermPair(paired, item.Answer, item.Distractors))
        {
            return true;
        }

        if (item.Term is { } named && QualityText.Root(named) is { } r && ChineseScript.ToSimplified(item.Answer).Contains(r, StringComparison.Ordinal)
            && !item.Distractors.Any(d => ChineseScript.ToSimplified(d).Contains(r, StringComparison.Ordinal)))
        {
            return true;
        }

        var simplifiedAnswer = ChineseScript.ToSimplified(item.Answer);
        var simplifiedDistractors = item.Distractors.Select(ChineseScript.ToSimplified).ToList();
        if (Glossary.Translations(item.Term ?? "").Any(c => simplifiedAnswer.Contains(c, StringComparison.Ordinal) && !simplifiedDistractors.Any(d => d.Contains(c, StringComparison.Ordinal))))
        {
            return true;
        }

        // A Chinese term whose words the right description alone says in English ("最终答案要和中间观察对齐" → "Final Answer
        // 不应该绕过 Observation…").
        var simplifiedTerm = ChineseScript.ToSimplified(item.Term ?? "");
        var otherTranslations = item.Distractors.SelectMany(Glossary.Translations).ToHashSet(StringComparer.Ordinal);
        return simplifiedTerm.Any(ScriptCounts.IsCjk)
            && Glossary.Translations(item.Answer).Any(c => simplifiedTerm.Contains(c, StringComparison.Ordinal) && !otherTranslations.Contains(c));
    }

    public static bool RelatedWord(StudyItem item)
    {
        if (item.IsPractice || item.Kind != "MultipleChoice" || item.Options.Count < 3)
        {
            return false;
        }

        if (!item.AnswerIsTerm)
        {
            return item.Term is { } term && (SpellsOutTerm(term, item.Answer, item.Distractors) || WrongOptionNamesTerm(term, item.Answer, item.Distractors));
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

    // A wrong description that says a word of the term the right one does not ("微调可能涉及调整超参数…" for 微调策略, whose
    // description never says 微调) reads as right, and may well be.
    private static bool WrongOptionNamesTerm(string term, string answer, IReadOnlyList<string> distractors)
    {
        var words = QualityText.Tokens(QualityText.Core(term)).Where(t => ScriptCounts.IsCjk(t[0])).ToList();
        var right = QualityText.Tokens(answer);
        return words.Any(w => !right.Contains(w) && distractors.Any(d => QualityText.Tokens(d).Contains(w)));
    }

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
}
