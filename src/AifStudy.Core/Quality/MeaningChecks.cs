using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// Checks on whether an item says one thing a learner can know: a gloss too short to tell one option from another, a
/// benefit given as what a term is, a pointer to a document the learner never sees.
/// </summary>
internal static partial class MeaningChecks
{
    private const int MinGlossWords = 7;
    private const int MinGlossChinese = 10;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("interchangeable-glosses", "a multiple-choice description of a few words (\"Quick to new requirements\", \"Flexible for various tasks\"): cheat-sheet glosses fit more than one sibling", InterchangeableGlosses),
        new("benefit-as-definition", "a benefit, a consequence or a trait given as what a term is (\"Easier to inspect and audit\", \"May produce incorrect results\", \"更快地…\", \"注重安全和可控性\")", BenefitAsDefinition),
        new("back-repeats-term", "a back that uses the English term it should define (\"Foundation models\" → \"Access to popular LLMs and other foundation models\"): a feature or a use of it, not what it is", BackRepeatsTerm),
        new("verb-blank", "a blank that opens an English sentence and is followed by its object (\"[...] with different values…\"): the blank is a verb, not a term", VerbBlank),
        new("verbless-cloze", "a glossary line or a heading blanked as if it were a sentence (\"［……］ 控制模型输出随机性的参数。\", \"[...] a technique that…\", \"[...] When a FM meets…\"): no verb joins the blank to what follows", VerblessCloze),
        new("templated-options", "options written on one repeated phrase (\"文字序列到文字序列的转化\", \"基于已有的文字序列产生新的文字序列\"): they differ in wording only, and two can fit", TemplatedOptions),
        new("hedged-back", "a back that is the author's guess or points to another card (\"commercial i think, Nova\", \"same idea, …\", \"同上\"), or only a bracketed aside (\"（X的每一行是一个样本）\")", HedgedBack),
        new("fragment-back", "an English back that is a participle, an adjective or a prepositional phrase with no subject, or a condition (\"configurable by plaintext descriptions.\", \"on a large corpus of unlabeled text\", \"if the item has 0 interactions, …\"): how, where or when, not what it is", i => !i.IsQuestion && !i.AnswerIsTerm && i.Kind == "TermDefinition" && FragmentLead().IsMatch(i.Answer.TrimStart())),
        new("finding-back", "a back that reports what a term contains or what was found about it, or that remarks or advises on it (\"Includes transfer learning for GPT-style models\", \"Found to be trained on…\", \"the difference is in…\", \"Remember that…\"): not what it is", i => !i.IsQuestion && !i.AnswerIsTerm && i.Kind == "TermDefinition" && (FindingLead().IsMatch(i.Answer.TrimStart()) || Notes.StudyAdvice.IsAdvice(i.Answer))),
        new("advice-option", "a description that is advice to the reader (\"Understand how to deploy models…\", \"Go beyond AutoML and explore…\"): what to study, not what a term is", i => !i.IsPractice && i.Kind is "MultipleChoice" or "TrueFalse" && (i.AnswerIsTerm ? Notes.StudyAdvice.IsAdvice(QualityText.WithoutFrames(i.Prompt).Trim('「', '」', '“', '”', '"', ' ', '?', '？')) : i.Options.Any(Notes.StudyAdvice.IsAdvice))),
        new("cut-off-back", "a back cut off where the note goes on below (\"Likelihood in converted to Log likelihood because,\", \"包括：\"): half a sentence", i => !i.IsQuestion && !i.AnswerIsTerm && (i.Kind == "TermDefinition" && CutOff().IsMatch(i.Answer.TrimEnd()) || (i.Kind is "TermDefinition" or "PracticeQuestion" && TrailsOff(i.Answer)))),
        new("role-back", "a description that names only the part a term plays in something else (\"代价敏感学习的基础\", \"the basis of cost-sensitive learning\", \"a key part of MLOps\"): what it serves, not what it is", RoleBack),
        new("pronoun-back", "an English back that opens with a pronoun whose antecedent is the term it should define (\"its Too good at our learning problem\", \"their outputs…\"): a remark about it, not what it is", i => !i.IsQuestion && !i.AnswerIsTerm && i.Kind == "TermDefinition" && PronounLead().IsMatch(i.Answer.TrimStart())),
        new("narration-back", "a back or a description in the note-taker's own voice (\"we collect a vast amount of data\", \"we implement a model and train it\", \"我们把…\"): what the author did, not what the term is", NarrationBack),
        new("other-subject-back", "a back that defines something else (\"Target Modules\" → \"A modern LLM (like Llama-3) is just a stack of identical blocks\"): the first sentence under a title, about another subject", OtherSubjectBack),
        new("genus-only-back", "a back that only says what the term extends (\"Instruction fine-tuning\" → \"a strategic extension of the traditional fine-tuning approach\"): nothing that tells it apart", i => DefinitionOf(i) is { } d && GenusOnly().IsMatch(d.Trim())),
        new("own-verb-back", "a back that uses the term's own verb (\"Tokenization\" → \"The input phrase is tokenized using the same tokenizer…\"): a step of a walkthrough, not what it is", OwnVerbBack),
        new("instruction-back", "a back that is an instruction (\"Changing ground truth\" → \"label new training data\"): what to do about it, not what it is", i => DefinitionOf(i) is { } d && InstructionBack().IsMatch(d.TrimStart())),
        new("can-be-back", "a back that says only what a term can be (\"模版\" → \"可以是离散化的 token，也可以连续的向量\", \"can be…\"): its forms, not what it is", i => DefinitionOf(i) is { } d && CanBe().IsMatch(d.TrimStart())),
        new("examples-back", "a short back of examples that trails off in \"etc\" or 等 (\"Sequence data\" → \"clickstreams, order of viewing, etc\"): instances, not what it is", i => DefinitionOf(i) is { } d && ExamplesOnly(d)),
        new("fame-back", "a back that says how a name became famous (\"AlexNet\" → \"got famous through ImageNet…\"): its history, not what it is", i => DefinitionOf(i) is { } d && FameBack().IsMatch(d.TrimStart())),
        new("use-back", "a back that says only what it is used for (\"Encoder-Only Models\" → \"Used for tasks like classification (e.g., BERT)\"): a use, not what it is", i => DefinitionOf(i) is { } d && IsUseBack(i, d.TrimStart())),
        new("question-back", "a back that is itself a question or only a quoted catchphrase (\"Is the model confident about its predictions?\", \"“Mix it all together.”\"): what the note says of it, not what it is", QuestionBack),
        new("quantity-back", "a back that is only a figure (\"only a few thousand tokens\", \"约 1T tokens\", \"100,000 tokens\"): a value of the topic above, not what the term is", i => !i.IsQuestion && !i.AnswerIsTerm && i.Kind == "TermDefinition" && (QuantityOnly().IsMatch(i.Answer.Trim()) || Duration().IsMatch(i.Answer.Trim()))),
        new("recipe-back", "a back that adds up parts (\"Prompt Engineering\" → \"Instruction + Context + Examples + Constraints + Format\"): what goes into it, not what it is", i => DefinitionOf(i) is { } d && !d.Contains('=') && d.Split(" + ").Length >= 3),
        new("parts-back", "a back that is only a list of the term's parts, each named and glossed (\"SageMaker Clarify\" → \"- Feature attributions - how much…\" / \"- Partial dependence plots - …\"): what it has, not what it is", PartsBack),
        new("aside-back", "a definition that opens as an aside to another (\"除了用於聚類外…\", \"Also used for…\") or as the end of its term's phrase (\"of all stages…\" for Automation)", AsideBack),
        new("tip-back", "a definition that is an instruction to the reader (\"Factual Responses\" → \"Use lower temperature for factual answers.\"): how to prompt for it, not what it is", TipBack),
        new("name-back", "a definition that is itself a title-case name (\"Amazon Bedrock\" → \"Human/Automatic Model Evaluation\"), unless it spells out the term's acronym", NameBack),
        new("trait-back", "a short Chinese back with no verb and no kind to a name in Latin letters (\"Gemini\" → \"原生多模態設計\"): one trait, not what it is", TraitBack),
        new("criterion-back", "a definition that is the yes-or-no question a quality is judged by (\"可执行性\" → \"模型是否能够执行\", \"Whether the output is clear\"): it restates the quality's name", CriterionBack),
        new("analogy-back", "a definition that is a likeness (\"向量数据库\" → \"像按内容相似度找书\", \"Like a librarian who…\"): what it resembles, not what it is", i => DefinitionOf(i) is { } d && AnalogyLead().IsMatch(d.TrimStart())),
        new("example-back", "a definition that opens with a quoted example (\"参考文本\" → \"「从前有座山」，拆分成词就是…\"): a value from a walkthrough, not what the term is; or an instance of the term (\"word analogy\" → \"Paris is to France as Berlin is to Germany\")", i => DefinitionOf(i) is { } d && (QuotedExample().IsMatch(d) || Analogy().IsMatch(d) || InstanceLead().IsMatch(d) || OnlyQuotes().IsMatch(d.Trim()))),
        new("requirement-back", "a definition that says what a thing should do (\"Reliability\" → \"The system should continue to be reliable…\", \"系统应该…\"): a requirement, not what the term is", i => DefinitionOf(i) is { } d && Requirement().IsMatch(d.Trim())),
        new("sequence-back", "a definition that opens as the next step of a walkthrough (\"Document Retrieval\" → \"Once the most relevant documents are retrieved…\", \"然后…\"): what happens after, not what it is", i => DefinitionOf(i) is { } d && Sequence().IsMatch(d.Trim())),
        new("blurb-back", "a definition that is a product blurb: a fully managed capability that helps you build (\"Amazon Bedrock 代理\" → \"AWS 提供的完全托管式 AI 功能，可帮助您构建应用程序的基础模型\"), which fits any service", i => DefinitionOf(i) is { } d && Blurb().IsMatch(Search.ChineseScript.ToSimplified(d))),
        new("parent-as-subject", "a back whose subject is the item above its term (\"泛化\" under 正則化 → \"正則化模型學習資料的底層模式，以便更好地泛化…\"): what the parent does for it, not what it is", ParentAsSubject),
        new("situation-back", "an entry of a list introduced as the situations a thing is useful in or what it can do (\"Machine Learning Systems are useful in the following situations\" › \"Predictive Patterns\", \"LLM能做什么\" › \"写作\"): a condition or a use, not a term", SituationBack),
        new("reason-back", "a back that gives the reason for the term (\"A computer isn't good at analysing strings, so we need to…\", \"因为…\"): why, not what", i => DefinitionOf(i) is { } d && ReasonBack().IsMatch(d)),
        new("analogy-entry", "a definition from a list its lead-in calls an analogy (\"**射箭比喻**：\" over \"高偏差：箭都偏離靶心…\"): the picture, not what the term is", AnalogyBack),
        new("implementation-back", "a definition from a list its lead-in calls an implementation (\"**用户权利实现**\" over \"删除权：实现级联删除机制\"): how the note builds it, not what it is", ImplementationBack),
        new("formula-back", "a definition that is only a formula (\"模型\" → \"y=f^5(f^4(…f^1(x)))\"): which model, and why, is never said", FormulaBack),
        new("verdict-back", "a definition that is a verdict or a recommendation (\"上下文理解任务\" → \"大模型显著更优\", \"Better for small data\"): which to choose, not what the term is", VerdictBack),
        new("translated-name", "a short Chinese back that translates the words of its English name (\"Code Llama\" → \"代码生成大语言模型\"): the front already says it", TranslatedName),
        new("names-back", "a back that only lists product or library names (\"What is GCP?\" → \"Vertex AI, PaLM/Gemini, AlloyDB vector.\"): what it offers, not what it is", NamesBack),
        new("object-for-process", "a definition of the thing a process works on, not of the process (\"Hyperparameter Tuning\" → \"Settings external to the model that control training\")", ObjectForProcess),
        new("mapping-back", "a cheat sheet's mapping given as a definition (\"Data Labeling\" → \"-> SageMaker Ground Truth\"): which service a need points to, not what the term is", i => DefinitionOf(i) is { } d && Mapping().IsMatch(d)),
        new("task-as-kind", "a definition whose kind is narrowed to one task the term does not name (零样本提示 → \"一种情绪分类提示技术…\"): an example use given as what it is", TaskAsKind),
        new("dangling-reference", "a pointer to something the learner never sees (\"your document\", \"see above\", \"如下图\"), or a section about the note's own code file (\"优化点 mini 代码索引（可在 main.py 上扩展）\")", i => i.Texts.Any(t => Dangling().IsMatch(t)) || i.Section.Path.Any(t => CodeFile().IsMatch(t)) || (!i.AnswerIsTerm && PointsBack(i.Answer))),
    ];

    /// <summary>
    /// True for a multiple-choice question whose descriptions are all built on one phrase of four or more Chinese
    /// characters that at least two of them say twice: a taxonomy whose entries differ by a word ("文字序列到标签序列",
    /// "文字序列到文字序列"), where the names echo the wording and more than one entry fits.
    /// </summary>
    public static bool TemplatedOptions(StudyItem item)
    {
        if (item.Kind != "MultipleChoice" || item.IsPractice || item.AnswerIsTerm || item.Options.Count < 3)
        {
            return false;
        }

        var first = Search.ChineseScript.ToSimplified(item.Options[0]);
        var others = item.Options.Skip(1).Select(o => Search.ChineseScript.ToSimplified(o)).ToList();
        for (var i = 0; i + TemplatePhrase <= first.Length; i++)
        {
            var phrase = first.Substring(i, TemplatePhrase);
            if (phrase.All(Notes.ScriptCounts.IsCjk) && others.All(o => o.Contains(phrase, StringComparison.Ordinal))
                && others.Prepend(first).Count(o => Count(o, phrase) >= 2) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private const int TemplatePhrase = 4;

    private static int Count(string text, string phrase)
    {
        var n = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    public static bool InterchangeableGlosses(StudyItem item)
    {
        if (item.Kind != "MultipleChoice" || item.IsPractice || item.Options.Count < 3)
        {
            return false;
        }

        // AWS services each do one distinct job, so "Detect bias and explain model predictions" names Clarify alone;
        // concepts glossed in a few words ("Quick to new requirements") fit their siblings as well.
        if (item.Term is { } term && Quizzes.QuizText.IsAwsName(term))
        {
            return false;
        }

        // A name as the answer: the description is in the prompt. A description as the answer: it is the right option.
        return IsShortGloss(item.AnswerIsTerm ? Description(item) : item.Answer);
    }

    public static bool HedgedBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Kind != "TermDefinition" || item.IsPractice)
        {
            return false;
        }

        var back = item.Answer.Trim();
        return Hedge().IsMatch(back) || SameAs().IsMatch(back) || AsideOnly().IsMatch(back);
    }

    [GeneratedRegex(@"\b(i think|i guess|i believe|not sure|maybe|probably|i'm not|idk|tbd)\b|我觉得|我覺得|我猜|好像是|应该是吧|應該是吧|待确认|待確認", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"^(same( idea| as (above|before))?|similar(ly)?|likewise|ditto|as above)\b|^(同上|同理|类似地|類似地|同前)", RegexOptions.IgnoreCase)]
    private static partial Regex SameAs();

    [GeneratedRegex(@"^[（(][^（()）]*[)）][。.]?$")]
    private static partial Regex AsideOnly();

    [GeneratedRegex(@"([,，:：、]|\b(because|since|as|and|or|but|so|such as|including|e\.g\.|eg\.?|ex\.|i\.e\.)|因为|因為|由于|由於|包括|例如|比如|如下|\p{IsCJKUnifiedIdeographs}的|\p{IsCJKUnifiedIdeographs}是|依次为|依次為|分别为|分別為|\b(of|to|the|a|an|with|by|from|into|than|between|whose|which|that)\s*[.。]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CutOff();

    // Also a remark or advice about the term ("the difference is in the use of U-Net…", "Remember that all AWS regions
    // have at least 3 AZs"), not what it is.
    [GeneratedRegex(@"^(includes|including|included|contains|containing|found|shown|seen|reported|observed|noted|remember|note that|keep in mind|don't forget|do not forget|make sure|be sure|the (difference|trick|key|catch|point|main difference) (is|here|between)\b|(these|this|it|they) (are|is) (essential|important|crucial|critical|vital|useful|key|increasingly|very|really|super)\b)\b|^(记住|記住|注意(?!力)|别忘了|別忘了)|^it (has been|was|is) (noted|observed|shown|found|reported|said)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FindingLead();

    // "only a few thousand tokens", "约 1T tokens", "~10,000 - 100,000 tokens", "6B": a figure and its unit, nothing more.
    [GeneratedRegex(@"^(only|about|around|approximately|roughly|up to|over|under|less than|more than|at least|at most|~|约|大约|大概|仅|只有|超过|不到|最多|至少)?\s*(a few|several|a|one|two|three|\d[\d,.]*\s*[kmbt万亿]?)(\s*[-–~]\s*\d[\d,.]*\s*[kmbt万亿]?)?\s*(hundred|thousand|million|billion|trillion)?\s*(tokens?|words?|parameters?|params|characters?|gb|mb|tb|ms|seconds?|minutes?|hours?|days?|layers?|heads?|个|層|层|字|词|個)?[.。]?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityOnly();

    // "configurable by…", "on a large corpus of unlabeled text data": how or where, with no subject; not what.
    [GeneratedRegex(@"^([a-z]+(able|ible)|of|on|in|at|with|by|from|for|over|under|via|through|throughout|into|onto|using|if|when|whenever|unless|because|although|though|whereas|once|like|unlike|same as|similar to|can|could|may|might|will|would|should|must)\b|^(?i:both|either|neither)\s+(?i:when|while|at|in|on|before|after|during)\b")]
    private static partial Regex FragmentLead();

    public static bool BackRepeatsTerm(StudyItem item)
    {
        if (item.Kind != "TermDefinition" || item.IsPractice || item.Term is not { } term)
        {
            return false;
        }

        var core = QualityText.Core(term);
        if (core.Any(Notes.ScriptCounts.IsCjk) || core.Length < 4)
        {
            return false;
        }

        var at = item.Answer.IndexOf(core, StringComparison.OrdinalIgnoreCase);
        return at > 0;
    }

    public static bool VerbBlank(StudyItem item) =>
        item.Kind == "Cloze" && OpeningBlank().IsMatch(item.Prompt.Replace("Fill in the blank:", "", StringComparison.Ordinal).TrimStart());

    public static bool VerblessCloze(StudyItem item)
    {
        if (item.Kind != "Cloze")
        {
            return false;
        }

        var text = item.Prompt.Replace("Fill in the blank:", "", StringComparison.Ordinal).Replace("填空：", "", StringComparison.Ordinal).TrimStart();
        var blank = LeadingBlank().Match(text);
        if (!blank.Success)
        {
            return false;
        }

        var rest = text[blank.Length..].TrimStart();
        // A noun phrase where the verb should be: "控制模型输出随机性的参数", "AI 的一个子集" (not "重視「抓得準」", "导致的是…").
        var clause = rest.Split(['，', '。', ',', '；', ';'])[0];
        return CardText.CjkCount(rest) > 0
            ? !ChineseLink().IsMatch(rest) && clause.Contains('的') && !clause.Contains("的是", StringComparison.Ordinal)
            : ArticleLead().IsMatch(rest) || (rest.Length > 0 && char.IsUpper(rest[0]));
    }

    /// <summary>True for a gloss of fewer than seven English words, or of fewer than ten Chinese characters.</summary>
    public static bool IsShortGloss(string text)
    {
        var cjk = CardText.CjkCount(text);
        return cjk > 0 ? cjk < MinGlossChinese : CardText.WordCount(text) < MinGlossWords;
    }

    // The description a definition → term prompt quotes: the last 「…」 or “…”, or the prompt less its frame and context.
    internal static string Description(StudyItem item)
    {
        var quoted = Quoted().Matches(item.Prompt);
        if (quoted.Count > 0)
        {
            return quoted[^1].Groups["text"].Value;
        }

        var prompt = QualityText.WithoutFrames(item.Prompt);
        return string.IsNullOrEmpty(item.Context) ? prompt : prompt.Replace(item.Context, " ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(「(?<text>[^「」]+)」|“(?<text>[^“”]+)”|""(?<text>[^""]+)"")\s*[?？]?\s*$")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(\\?\[\.\.\.\\?\]|［……］)\s+(with|to|for|from|by|on|in|into|of|the|a|an|your|and|or|it|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningBlank();

    [GeneratedRegex(@"^(\\?\[\.\.\.\\?\]|［……］)")]
    private static partial Regex LeadingBlank();

    [GeneratedRegex(@"^(是|指|即|为|為|乃|可|能|会|會|通过|通過|用|使|让|讓|在|将|將|把|被|的|，|,|（|\(|和|与|與|及|允许|允許|提供|帮助|幫助|包括|包含|由|基于|基於|利用|旨在|负责|負責|代表|表示|描述|采用|採用|专注|專注|通常|也|还|還|则|則|主要|作为|作為|属于|屬於|具有|擅长|擅長|涉及|侧重|側重|又称|又稱|简称|簡稱|：|:|—|-|等|这|這|就|不|都|只|最|更|已|对|對|从|從|根据|根據|結合|结合|作|如|来|來|可以|能够|能夠)")]
    private static partial Regex ChineseLink();

    [GeneratedRegex(@"^(a|an|the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleLead();

    [GeneratedRegex(@"^(covered|discussed|explained|described|detailed) (in|under)\b|^see\s|\b(your|this|that|the above|the following) (document|article|file|video|diagram|figure|slide|post|course|lecture|repo|repository)\b(?!s)|\b(see|shown|listed|mentioned|described|as) (above|below)\b|本文档|本文檔|本文(?!本)|\b(this|that) (task|section|chapter|topic|module|lesson|week)\b(?! statement)|\b(we['’]ll|we will) (go into|cover|discuss|see|look at|get to)\b|\bfollowing (functions|items|ones|methods|models|techniques|steps|points|list)\b|(前文|上文|后文|後文|下文)(已|详|詳|见|見|提|所|会|會)|本篇|上图|上圖|下图|下圖|如图|如圖|见上|見上|见下|見下|上表|下表|本视频|本影片|本课程|本課程|同上|同前|見前|见前|\bsame as above\b|\bditto\b|两者|兩者|二者|\bthe (former|latter)\b|上述|前述|此类问题|這類問題|此類問題|这类问题|\b(identical to|the same as|same as) (those|that|the ones?|the one) (in|of)\b|\b(described|mentioned|discussed|shown|listed|covered|introduced) (previously|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    // "main.py", "app.ts", "train.ipynb": a file of the author's project, which the learner never sees.
    // A lower-case file name: "Node.js" is a runtime.
    [GeneratedRegex(@"(?<![\w/.])[a-z0-9_][\w-]*\.(py|ipynb|js|ts|tsx|java|go|rs|cpp|cs|sh|rb|php|kt|swift)\b")]
    private static partial Regex CodeFile();

    // "7 days of high quota for free", "6:30 to 9pm PST": a time or a span of it, a detail of the topic above.
    [GeneratedRegex(@"^\d[\d,.]*\s*(days?|hours?|minutes?|seconds?|weeks?|months?|years?|天|小时|小時|分钟|分鐘|秒|周|週|个月|個月|年)\b|^\d{1,2}(:\d{2})?\s*(am|pm)?\s*(to|-|–|~)\s*\d{1,2}(:\d{2})?\s*(am|pm)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
