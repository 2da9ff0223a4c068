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
        new("giveaway-letter", "a capital letter of the term that only the right description repeats (\"K-Means\" → \"將數據分成 K 個簇\"), or a name's variable letter in either case (\"N-grams\" → \"sequences of n items\")", Letter),
        new("giveaway-alias", "the description names the term by another name (\"Differences-in-Differences(DID) 别名倍差法\" for 双重差分法, \"also known as…\")", Alias),
        new("giveaway-expansion", "the right description opens with what the term's letters stand for (\"LoRA\" → \"Low-Rank Adaptation - efficient fine-tuning…\")", Expansion),
        new("giveaway-starts-with-term", "an option begins with its own term (\"算力指的是…\")", StartsWithTerm),
        new("giveaway-gloss", "the right name alone carries a gloss in brackets (\"Recall（召回率）\" among \"F1 Score\", \"MRR\", \"NDCG\"): it looks like the answer", Gloss),
        new("giveaway-kind", "the description names a kind of thing (a plot, a curve) that only the right name is (\"Plots TPR against FPR\" → ROC Curve among F1-Score, Precision, Accuracy), or the right description alone has no figure among figures", Kind),
        new("giveaway-length", "the right option is by far the longest or shortest, or the only full sentence", Length),
        new("giveaway-opening", "the right option alone opens as a clause among noun phrases, or as a noun phrase among clauses (\"Occurs when…\" against \"A method…\")", Opening),
        new("off-kind-options", "options of another kind than the answer (names against sentences)", OffKind),
        new("fragment-option", "an option or a description cut mid-clause (\"然后模型又…\", \"Training data must\", \"Both when stored (at rest) and while moving\")", Fragment),
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

            // A character of the right name that the description says and no wrong name holds: "通过链表的结构…" → 链式索引.
            if (SharedCharacter(item.Answer, QualityText.WithoutFrames(item.Prompt), item.Distractors))
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

        if (item.Term is { } whole && EchoedPart(whole, item.Answer, item.Distractors))
        {
            return true;
        }

        // "Chat-based Coding (对话式编程)" → "通过对话与 AI 交互完成开发…": the Chinese name beside an English term says it.
        if (item.Term is { } aliased && QualityText.ChineseAlias(aliased) is { } alias && AliasShared(alias, item.Answer, item.Distractors))
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

    public static bool Gloss(StudyItem item) =>
        !item.IsPractice && item.Kind == "MultipleChoice" && item.AnswerIsTerm && item.Options.Count >= 3
        && BracketGloss().IsMatch(item.Answer) && !item.Distractors.Any(d => d.Contains('(', StringComparison.Ordinal) || d.Contains('（', StringComparison.Ordinal));

    [System.Text.RegularExpressions.GeneratedRegex(@"[(（][^()（）]+[)）]")]
    private static partial System.Text.RegularExpressions.Regex BracketGloss();


    // Two characters of the alias that the right description writes and no wrong one does; not the words every AI
    // description uses.
    private static readonly HashSet<string> CommonPairs = new(["模型", "学习", "数据", "技术", "方法", "系统", "工程", "网络", "人工", "智能", "生成", "训练"], StringComparer.Ordinal);

    private static bool AliasShared(string alias, string answer, IReadOnlyList<string> distractors)
    {
        var name = ChineseScript.ToSimplified(alias);
        var right = ChineseScript.ToSimplified(answer);
        var wrong = distractors.Select(ChineseScript.ToSimplified).ToList();
        for (var i = 0; i + 1 < name.Length; i++)
        {
            var pair = name.Substring(i, 2);
            if (Notes.ScriptCounts.IsCjk(pair[0]) && Notes.ScriptCounts.IsCjk(pair[1]) && !CommonPairs.Contains(pair)
                && right.Contains(pair, StringComparison.Ordinal) && !wrong.Any(w => w.Contains(pair, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}

