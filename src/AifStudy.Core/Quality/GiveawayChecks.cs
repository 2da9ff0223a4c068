using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>Checks for an answer a learner can find without knowing it: in the prompt, by shared words, by length or by shape.</summary>
internal static partial class GiveawayChecks
{
    private const double RevealedShare = 2.0 / 3;
    private const double LengthRatio = 1.5;
    private const int LengthGap = 10;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("self-revealing", "the prompt spells out the answer (its words or most of its characters)", SelfRevealing),
        new("list-named-in-front", "a list whose label already names its entries (\"训练、微调和提示调整：包括哪 3 项？\")", ListNamedInFront),
        new("giveaway-shared-words", "only the right option shares a distinctive word with the prompt, or a true/false statement repeats its term", SharedWords),
        new("giveaway-starts-with-term", "an option begins with its own term (\"算力指的是…\")", StartsWithTerm),
        new("giveaway-length", "the right option is by far the longest or shortest, or the only full sentence", Length),
        new("off-kind-options", "options of another kind than the answer (names against sentences)", OffKind),
        new("fragment-option", "an option cut mid-clause (\"然后模型又…\", \"Training data must\")", Fragment),
    ];

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
        return (words.Count > 0 && words.All(promptTokens.Contains)) || Translated(simplifiedPrompt, core);
    }

    // English answer words and their Chinese in the prompt: "Decoder-Only" in "仅包含解码器部分".
    private static readonly Dictionary<string, string[]> Glossary = new(StringComparer.Ordinal)
    {
        ["decoder"] = ["解码器"], ["encoder"] = ["编码器"], ["only"] = ["仅", "只"], ["attention"] = ["注意力"],
        ["self"] = ["自"], ["embedding"] = ["嵌入"], ["embeddings"] = ["嵌入"], ["token"] = ["标记", "词元", "令牌"],
        ["fine"] = ["微调"], ["tuning"] = ["微调", "调优", "调整"], ["prompt"] = ["提示"], ["retrieval"] = ["检索"],
        ["augmented"] = ["增强"], ["generation"] = ["生成"], ["reinforcement"] = ["强化"], ["learning"] = ["学习"],
        ["human"] = ["人类"], ["feedback"] = ["反馈"], ["supervised"] = ["监督"], ["unsupervised"] = ["无监督"],
        ["transfer"] = ["迁移"], ["vector"] = ["向量"], ["database"] = ["数据库"], ["diffusion"] = ["扩散"],
        ["generative"] = ["生成"], ["adversarial"] = ["对抗"], ["network"] = ["网络"], ["neural"] = ["神经"],
        ["chain"] = ["链"], ["thought"] = ["思维"], ["shot"] = ["样本", "示例"], ["zero"] = ["零"], ["few"] = ["少"],
        ["multimodal"] = ["多模态"], ["hallucination"] = ["幻觉"], ["inference"] = ["推理"], ["context"] = ["上下文"],
        ["window"] = ["窗口"], ["temperature"] = ["温度"], ["agent"] = ["代理", "智能体"], ["knowledge"] = ["知识"], ["base"] = ["库", "基础"],
        ["feature"] = ["特征"], ["store"] = ["存储"], ["identity"] = ["身份"], ["access"] = ["访问"], ["management"] = ["管理"],
        ["text"] = ["文本"], ["domain"] = ["领域"], ["performance"] = ["性能"], ["image"] = ["图像"],
        ["security"] = ["安全"], ["privacy"] = ["隐私"], ["evaluation"] = ["评估"], ["monitoring"] = ["监控"], ["monitor"] = ["监控"],
        ["registry"] = ["注册"], ["pipeline"] = ["管道", "流水线"], ["training"] = ["训练"], ["deployment"] = ["部署"],
        ["bias"] = ["偏差", "偏见"], ["fairness"] = ["公平"], ["explainability"] = ["可解释"], ["governance"] = ["治理"],
        ["compliance"] = ["合规"], ["audit"] = ["审计"], ["summarization"] = ["摘要"], ["translation"] = ["翻译"],
        ["classification"] = ["分类"], ["regression"] = ["回归"], ["clustering"] = ["聚类"], ["detection"] = ["检测"],
        ["recognition"] = ["识别"], ["speech"] = ["语音"], ["vision"] = ["视觉"], ["guardrails"] = ["护栏"], ["tracking"] = ["跟踪"],
        ["version"] = ["版本"], ["versioning"] = ["版本"], ["encryption"] = ["加密"], ["logging"] = ["日志"], ["cost"] = ["成本"],
        ["stealing"] = ["窃取", "盗取"], ["theft"] = ["窃取", "盗窃"], ["cache"] = ["缓存"], ["poisoning"] = ["投毒", "中毒"],
        ["injection"] = ["注入"], ["denial"] = ["拒绝"], ["extraction"] = ["提取"], ["leakage"] = ["泄露"], ["leak"] = ["泄露"],
        ["jailbreak"] = ["越狱"], ["jailbreaking"] = ["越狱"], ["inversion"] = ["反演"], ["membership"] = ["成员"],
        ["backdoor"] = ["后门"], ["supply"] = ["供应"], ["hijacking"] = ["劫持"], ["exposure"] = ["暴露"], ["overfitting"] = ["过拟合"],
        ["underfitting"] = ["欠拟合"], ["validation"] = ["验证"], ["cross"] = ["交叉", "跨"], ["variance"] = ["方差"],
        ["accuracy"] = ["准确"], ["precision"] = ["精确", "精度"], ["recall"] = ["召回"], ["sampling"] = ["采样", "抽样"],
        ["reward"] = ["奖励"], ["policy"] = ["策略"], ["quantization"] = ["量化"], ["distillation"] = ["蒸馏"], ["pruning"] = ["剪枝"],
    };

    private static bool Translated(string simplifiedPrompt, string answer)
    {
        if (answer.Any(ScriptCounts.IsCjk))
        {
            return false;
        }

        var words = LatinWord().Matches(answer).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 1).ToList();
        return words.Count > 0 && words.All(w => Glossary.TryGetValue(w, out var chinese) && chinese.Any(c => simplifiedPrompt.Contains(c, StringComparison.Ordinal)));
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
        var open = answer.IndexOfAny(['(', '（']);
        var close = answer.LastIndexOfAny([')', '）']);
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

            // An English name whose word the Chinese description translates: "窃取…" → Model Stealing, "缓存" → Cache.
            var simplifiedPrompt = ChineseScript.ToSimplified(QualityText.WithoutFrames(item.Prompt));
            var otherWords = item.Distractors.SelectMany(Translations).ToHashSet(StringComparer.Ordinal);
            return Translations(item.Answer).Any(c => simplifiedPrompt.Contains(c, StringComparison.Ordinal) && !otherWords.Contains(c));
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

        var simplifiedAnswer = ChineseScript.ToSimplified(item.Answer);
        var simplifiedDistractors = item.Distractors.Select(ChineseScript.ToSimplified).ToList();
        return Translations(item.Term ?? "").Any(c => simplifiedAnswer.Contains(c, StringComparison.Ordinal) && !simplifiedDistractors.Any(d => d.Contains(c, StringComparison.Ordinal)));
    }

    // The Chinese of each English word of a term that the glossary knows.
    private static IEnumerable<string> Translations(string term) =>
        LatinWord().Matches(term).Select(m => m.Value.ToLowerInvariant()).SelectMany(w => Glossary.TryGetValue(w, out var c) ? c : []);

    public static bool StartsWithTerm(StudyItem item) =>
        !item.IsPractice && item.Options.Count >= 3 && !item.AnswerIsTerm && item.Options.Any(o => OwnTermLead().IsMatch(o));

    public static bool Length(StudyItem item)
    {
        if (item.Options.Count < 3 || item.Distractors.Count == 0)
        {
            return false;
        }

        int Len(string s) => s.Trim().Length;
        var answer = Len(item.Answer);
        var longest = item.Distractors.Max(Len);
        var shortest = item.Distractors.Min(Len);
        var endsSentence = (string s) => s.TrimEnd().EndsWith('。') || s.TrimEnd().EndsWith('.');
        return (answer >= LengthRatio * longest && answer - longest >= LengthGap)
            || (shortest >= LengthRatio * answer && shortest - answer >= LengthGap)
            || (endsSentence(item.Answer) && !item.Distractors.Any(endsSentence))
            || (!endsSentence(item.Answer) && item.Distractors.All(endsSentence));
    }

    // Names against names: a task among models, a heading fragment among use cases. (Descriptions are all descriptions.)
    public static bool OffKind(StudyItem item) =>
        item.AnswerIsTerm && item.Options.Count >= 3 && item.Distractors.Any(d => QualityText.IsNameLike(d) != QualityText.IsNameLike(item.Answer));

    public static bool Fragment(StudyItem item) =>
        item.Options.Count >= 3 && item.Options.Any(o => FragmentStart().IsMatch(o) || FragmentEnd().IsMatch(o.TrimEnd()));

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(［……］|\\?\[\.\.\.\\?\])\s*[（(][^（）()]{2,40}[）)]|[（(]\s*(［……］|\\?\[\.\.\.\\?\])\s*[）)]")]
    private static partial Regex GlossBesideBlank();

    [GeneratedRegex(@"[（(][\u4e00-\u9fff]{2,6}[）)]")]
    private static partial Regex ShortCjkGloss();

    // "算力指的是…", "数据是…", "Amazon Bedrock is a…", "RAG: …".
    [GeneratedRegex(@"^[^，。,；;：:\s]{1,12}(指的是|是指|是一种|是一个|是|指)|^[A-Za-z][\w\- ]{0,30}\b(is|are|refers to)\b|^[^，。,；;]{1,20}[：:]")]
    private static partial Regex OwnTermLead();

    [GeneratedRegex(@"^(然后|并且|並且|而且|以及|或者|但是|所以|因此|和|或|但|and |or |but |so |then |which |that |to )", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentStart();

    [GeneratedRegex(@"\b(must|to|the|a|an|of|and|or|with|for|by|is|are|can|will|should|which|that)$|[的和与及、，,…]$|\.\.\.$", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentEnd();
}
