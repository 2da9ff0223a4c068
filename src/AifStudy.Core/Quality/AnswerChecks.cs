using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Checks on the answer: two that are right, a blank any sibling fills, a back that does not answer the front.</summary>
internal static partial class AnswerChecks
{
    private const double NearSynonymDice = 0.5;
    private const int MaxLectureBack = 300;
    private const int MaxDefinitionBack = 160;
    private const int MaxEnglishSentenceBack = 220; // one English sentence takes more characters than a Chinese one
    private const int MaxDefinitionSentences = 2;
    private const int MaxDefinitionLines = 3;
    private const int MaxLinesBack = 200;
    private const int ShortRestatement = 24;
    private const int ShortRestatementWords = 10;
    private const int MinBackChinese = 5;
    private const int MinBackWords = 4;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("two-right-answers", "two options that say nearly the same thing", TwoRight),
        new("family-members", "a question among kinds listed beside their general member (CNN, RNN, DNN beside \"Artificial Neural Networks\"): what fits the whole family fits each kind, so two options are right", FamilyMembers),
        new("unproven-answer", "an author's practice question explained only by its keyed letter (\"B. Lex\"), with no line of the note that proves it", Unproven),
        new("ambiguous-blank", "a blank set beside 和/或/and/or, which a sibling fills as well", AmbiguousBlank),
        new("cloze-fragment", "a blank in a fragment, not a sentence: a table cell, an arrow line, a memory aid, a list entry, a sentence cut at \"(e.g.\"", ClozeFragment),
        new("wrong-formula", "a confusion-matrix formula that contradicts its metric (\"F1 score: (TP) / (TP + FP + FN)\")", WrongFormula),
        new("effect-back", "a back that opens by pointing at its term and gives only what it does (\"This reduces overfitting.\"), not what it is", EffectBack),
        new("lecture-back", "a back that is a whole paragraph to recall word for word", LectureBack),
        new("thin-back", "a back too short to say what the term is (\"闭源 / 开源\", \"Gender (Male/Female)\")", ThinBack),
        new("name-as-definition", "a name or a list of names given as what a term means (\"百度 指的是 星火\", \"OpenAI：GPT-3/4\", \"Data storage: Amazon S3, Amazon RDS, Amazon Redshift\")", NameAsDefinition),
        new("trivial-back", "a back that only restates the front's term (\"收集数据\" → \"收集和准备数据\")", TrivialBack),
        new("classification-only", "a definition that only places the term (\"深度学习的一个子集\", \"a subset of ML\"), praises it (\"一项重要技能\", \"最具价值的工具之一\") or gives an example (\"是一个词，比如：机器\")", ClassificationOnly),
        new("back-mixes-fields", "a back that runs on into another field of the note (\"…\\n应用：…\", \"Example: …\")", MixesFields),
    ];

    public static bool Unproven(StudyItem item) =>
        item.IsPractice && item.IsQuestion && KeyedLetter().IsMatch(item.Explanation)
        && item.Options.Any(o => item.Explanation[3..] == o);

    [GeneratedRegex(@"^[A-F]\. ")]
    private static partial Regex KeyedLetter();

    public static bool TwoRight(StudyItem item)
    {
        if (item.IsPractice)
        {
            return false;
        }

        // "Diversity" beside "Inclusivity": both names fit a description of either.
        if (item.AnswerIsTerm ? NearSynonyms.AnyPair(item.Options) : item.Term is { } term && NearSynonyms.Echoed(term, item.Distractors))
        {
            return true;
        }

        // "Pre-training" beside "预训练": one name in two languages is two right options.
        if (item.AnswerIsTerm && item.Options.Any(a => item.Options.Any(b => !ReferenceEquals(a, b) && IsTranslation(a, b))))
        {
            return true;
        }

        for (var i = 0; i < item.Options.Count; i++)
        {
            for (var j = i + 1; j < item.Options.Count; j++)
            {
                var a = CardText.Normalize(item.Options[i]);
                var b = CardText.Normalize(item.Options[j]);
                if (a.Length > 0 && b.Length > 0 && (a == b || CardSimilarity.Dice(a, b) >= NearSynonymDice))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool AmbiguousBlank(StudyItem item) => item.Kind == "Cloze" && CoordinatedBlank().IsMatch(item.Prompt);

    public static bool ClozeFragment(StudyItem item)
    {
        if (item.Kind != "Cloze")
        {
            return false;
        }

        var text = QualityText.WithoutFrames(item.Prompt).Replace("Fill in the blank:", "", StringComparison.Ordinal).Trim().TrimStart('：', ':').Trim();
        // A question ("…是什么？") blanked is a self-check the note leaves unanswered, not a statement to recall.
        return text.Length == 0
            || !(text.EndsWith('。') || text.EndsWith('.') || text.EndsWith('！') || text.EndsWith('!'))
            || FragmentMarks().IsMatch(text)
            || char.IsLower(text[0])
            || text.Count(c => c is '(' or '（') != text.Count(c => c is ')' or '）');
    }

    /// <summary>
    /// A paragraph to recall word for word: over 300 characters on one line, or a term's one-paragraph definition of
    /// three sentences or more, or over 160 characters (a list back, or a back in two languages, is read line by line), or a
    /// list of more than four points.
    /// </summary>
    private const int MinLabelledEntries = 2;

    // An entry after a separator that opens with its own label: "； tokens: 按 token 数拆分".
    [System.Text.RegularExpressions.GeneratedRegex(@"[；;]\s*[\w][\w .()-]{0,24}[:：]\s")]
    private static partial System.Text.RegularExpressions.Regex LabelledEntry();

    public static bool EffectBack(StudyItem item) =>
        !item.IsQuestion && !item.AnswerIsTerm && item.Kind == "TermDefinition" && EffectOpening().IsMatch(item.Answer.TrimStart());

    // "This reduces overfitting.", "These help the model…", "That makes…": a pointer and what it does.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(This|These|That|Those)\s+(reduces?|increases?|improves?|helps?|allows?|enables?|makes?|means|leads?|prevents?|avoids?|causes?|results?|lets?|gives?|ensures?|can|will|may|would|could)\b")]
    private static partial System.Text.RegularExpressions.Regex EffectOpening();

    public static bool LectureBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm)
        {
            return false;
        }

        var answer = item.Answer.Trim();
        // "Character: 基于字符数拆分； Recursive Character: …； tokens: …": labelled entries run together are a list to recall.
        if (item.Kind == "TermDefinition" && LabelledEntry().Count(answer) >= MinLabelledEntries)
        {
            return true;
        }

        return (answer.Length > MaxLectureBack && !answer.Contains('\n'))
            || (item.Kind == "TermDefinition" && !answer.Contains('\n')
                && (answer.Length > (CardText.CjkCount(answer) == 0 && SentenceEnd().Count(answer.TrimEnd('.')) == 0 ? MaxEnglishSentenceBack : MaxDefinitionBack)
                    || SentenceEnd().Count(answer) > MaxDefinitionSentences))
            || (item.Kind == "TermDefinition" && answer.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length is var lines
                && (lines > MaxDefinitionLines || (lines == MaxDefinitionLines && answer.Length > MaxLinesBack)));
    }

    public static bool ThinBack(StudyItem item) =>
        !item.IsQuestion && !item.AnswerIsTerm && item.Kind is "TermDefinition" or "QuestionAnswer"
        && CardText.CjkCount(item.Answer) < MinBackChinese && CardText.WordCount(item.Answer) < MinBackWords;

    public static bool NameAsDefinition(StudyItem item) =>
        // "Which term does this describe: \"Amazon S3, Amazon RDS, Amazon Redshift.\"": only the storage entry fits a list of stores.
        (item.Kind == "MultipleChoice" && item.AnswerIsTerm && item.Subject?.StartsWith("definition:", StringComparison.Ordinal) == true && Quoted(item.Prompt) is { } quoted && IsNameList(quoted))
        || !item.AnswerIsTerm && item.Term is not null
        && (item.Kind is "TermDefinition" or "TrueFalse" || (item.Kind == "MultipleChoice" && item.Subject?.StartsWith("term:", StringComparison.Ordinal) == true))
        && ((QualityText.IsNameLike(item.Answer) && CardText.CjkCount(item.Answer) <= 6 && CardText.WordCount(item.Answer) <= 3) || IsNameList(item.Answer));

    public static bool ClassificationOnly(StudyItem item)
    {
        var definition = item.Kind switch
        {
            // A cloze whose sentence only places or praises its blank ("［……］是深度学习的一个子集") fits many a term.
            "Cloze" => ClozeRest().Replace(QualityText.WithoutFrames(item.Prompt).Replace("Fill in the blank:", "", StringComparison.Ordinal), "").Trim().TrimStart('：', ':').Trim(),
            "TermDefinition" when !item.IsQuestion => item.Answer,
            "TrueFalse" => item.Answer,
            "MultipleChoice" when item.Subject?.StartsWith("term:", StringComparison.Ordinal) == true => item.Answer,
            "MultipleChoice" when item.Subject?.StartsWith("definition:", StringComparison.Ordinal) == true => Quoted(item.Prompt),
            _ => null,
        };
        if (definition is null)
        {
            return false;
        }

        return IsClassificationOnly(definition);
    }

    /// <summary>True for a "definition" that only places, praises, exemplifies or situates its term (see the check).</summary>
    public static bool IsClassificationOnly(string definition)
    {
        var text = Search.ChineseScript.ToSimplified(definition).Trim().TrimEnd('。', '.', '；', ';', '，', ',').Trim();
        return PlacesOnly().IsMatch(text) || Praise().IsMatch(text) || ExampleOnly().IsMatch(text);
    }

    // The description a "which term does this describe" prompt quotes: 「…」 or "…".
    private static string? Quoted(string prompt)
    {
        var start = prompt.Contains('「', StringComparison.Ordinal) ? prompt.LastIndexOf('「') : prompt.IndexOf('"', StringComparison.Ordinal);
        var close = prompt.AsSpan().LastIndexOfAny(['」', '"']);
        return start >= 0 && close > start ? prompt[(start + 1)..close] : null;
    }

    public static bool MixesFields(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Kind != "TermDefinition")
        {
            return false;
        }

        foreach (Match m in FieldLead().Matches(item.Answer))
        {
            if (m.Index > 0 && SubjectChecks.IsLabel(m.Groups["label"].Value))
            {
                return true;
            }
        }

        // "训练样本数；x：输入变量；y：输出值": the line defines its siblings too.
        return SiblingFields().IsMatch(item.Answer);
    }

    // "深度学习的一个子集", "机器学习的一个分支", "一种 AI", "A subset of deep learning", "a type of model".
    [GeneratedRegex(@"^(这是|它是|是)?\s*一种[^，,。；;]{0,16}(技术|方法|模型|算法|工具|方式)$|^(是|它是)?\s*([^，,；;：:。]{0,24}的)?\s*一?[个种项类门個種項類門]?\s*(重要)?(子集|分支|子领域|领域|分类|类别|技能|组成部分|延伸|扩展|子类|类型)$|^(it\s+is\s+|is\s+)?(a|an|the)?\s*((specific|special|particular|certain|specialized|specialised|common|popular|simple|powerful|advanced|newer|new|modern)\s+)?(subset|branch|subfield|sub-field|part|form|type|kind|field|area|category|class)\s+of\s+[^,;:.]{1,40}$|^([^，,。；;]{0,24}的)?\s*(核心|重要|关键|主要)?(组件|组成部分|部分|模块|环节)之一$|^一[个种类][^，,。；;]{0,8}问题$|^[^。；;]{0,24}(遇到|碰到|面临|面对|出现|存在)的(一[个种类])?问题$", RegexOptions.IgnoreCase)]
    private static partial Regex PlacesOnly();

    // The blank and the copula after it: "［……］是", "[...] is".
    [GeneratedRegex(@"^\s*(［……］|\\?\[\.\.\.\\?\])\s*(是|為|为|is|are)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ClozeRest();

    // "是一个词，比如：机器", "例如 GPT 就是…", "e.g. a chatbot": an example, not what the term is.
    [GeneratedRegex(@"^(是)?[^，,。]{0,30}的一[个個种種]?(示例|例子|实例|范例)|^(an?\s+)?(example|instance) of\b|^(是)?[^，,。]{0,6}[，,]?\s*(比如|例如|譬如|e\.g\.|for example|for instance)|^(比如|例如|譬如|e\.g\.|for example|for instance|such as|适用于|適用於|适合|適合|suitable for|best for|ideal for|use (it )?when)", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleOnly();

    // "最具理论与实务价值的工具之一", "one of the most useful tools", "非常重要".
    [GeneratedRegex(@"^[^，,。]{0,20}最[^，,。]{0,30}之一$|^(it\s+is\s+|is\s+)?one of the (most|best|key|main)\b[^,;.]{0,40}$|^(非常|十分|很|极其)?重要$|^(对|對)[^，,。]{1,12}(至关重要|至關重要|非常重要|十分重要|很重要|极其重要|極其重要|影响很大|影響很大)$|^(crucial|critical|essential|vital|key|important)\s+(for|to)\s+[^,;.]{1,40}$|^[^，,。]{0,20}(一个|一個|一种|一種)?(强大|強大|有力|有用|重要)的工具|^(a|an)\s+(powerful|useful|great|important)\s+tool\b", RegexOptions.IgnoreCase)]
    private static partial Regex Praise();

    // "；x：输入变量", "; y: output": another short name and its value after a semicolon.
    [GeneratedRegex(@"[；;]\s*[^\s；;：:，,。]{1,8}\s*[：:]\s*\S")]
    private static partial Regex SiblingFields();

    // A field label at a line or sentence start: "\n应用：", "。例如：", " Example: ".
    [GeneratedRegex(@"(?:^|\n\s*(?:[-*+]\s+)?|[。；;]\s*|\.\s+)(?<label>[^\s：:，,。\n]{1,12})\s*[：:]")]
    private static partial Regex FieldLead();

    [GeneratedRegex(@"[。！？!?]|\.(\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"→|=>|->|;|；|Memory aid|Memory trick|Exam Focus|Exam tip|Exam trap|\bTrap:|^\s*(［……］|\\?\[\.\.\.\\?\])\s*[-–—:：]|\s[-–—]\s", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentMarks();

    // "精度（Accuracy）和［……］", "［……］和…", "A, B and ____", "for example with [...]": a sibling or another
    // example fills the blank as well.
    [GeneratedRegex(@"(例如|比如|譬如|such as|for example|for instance|e\.g\.)[^。.；;]{0,12}(［……］|_{3,}|\\?\[\.\.\.\\?\])|(和|与|與|或|及|、|\band|\bor|,)\s*(［……］|_{3,}|\\?\[\.\.\.\\?\])|(［……］|_{3,}|\\?\[\.\.\.\\?\])\s*(和|与|與|或|及|、|and\b|or\b|,)")]
    private static partial Regex CoordinatedBlank();

    // "Pre-training" and "预训练": the Chinese name is the English one's words translated, and little more.
    private static bool IsTranslation(string english, string chinese)
    {
        var simplified = Search.ChineseScript.ToSimplified(chinese);
        if (CardText.CjkCount(english) > 0 || simplified.Any(char.IsAsciiLetter) || !Glossary.SpellsOut(simplified, english))
        {
            return false;
        }

        var covered = Glossary.Translations(english).Distinct().Where(c => simplified.Contains(c, StringComparison.Ordinal)).Sum(c => c.Length);
        return CardText.CjkCount(simplified) <= covered + 1;
    }
}
