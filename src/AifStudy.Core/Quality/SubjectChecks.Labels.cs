using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// The field names and bullet labels that are never terms, compared as <see cref="QualityText.Key"/>s, and how a text is
/// told to be one (<see cref="SubjectChecks.IsLabel"/>, <see cref="SubjectChecks.LabelAsTerm"/>).
/// </summary>
internal static partial class SubjectChecks
{
    private static readonly HashSet<string> Labels = new(new[]
    {
        "优点", "缺点", "优势", "劣势", "好处", "坏处", "问题", "原因", "成因", "起因", "诱因", "根因", "缓解手段", "缓解方法", "应对方法", "解决办法", "应用", "应用场景", "使用场景", "适用场景", "场景", "使用案例", "用例",
        "案例", "总结", "小结", "定义", "概念", "描述", "解释", "示例", "例子", "举例", "实例", "特点", "特征", "特性", "公式", "改进", "注意",
        "注意事项", "备注", "说明", "答案", "解析", "作用", "功能", "用途", "目的", "目标", "原理", "概述", "简介", "介绍", "背景", "步骤",
        "方法", "方式", "结果", "结论", "例如", "比如", "要点", "重点", "关键", "关键点", "提示", "技巧", "挑战", "局限", "局限性", "限制",
        "风险", "区别", "对比", "比较", "分类", "类型", "种类", "代码", "输出", "输入", "参考", "资料", "其他", "其它", "更多", "问", "答",
        "处理数据", "关注点", "注意点", "核心思想", "主要功能", "主要特点", "使用方法", "适用", "适用于", "适合", "适合于", "用于", "suitablefor", "appliesto", "usedfor", "bestfor", "goodfor", "场景描述", "解决方案", "方案", "思路", "流程", "过程", "示意",
        "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "limitations", "limitation", "challenges",
        "note", "notes", "example", "examples", "definition", "description", "explanation", "summary", "overview",
        "introduction", "purpose", "goal", "goals", "usecase", "usecases", "usage", "features", "feature", "keypoints",
        "tip", "tips", "examtip", "action", "answer", "question", "why", "how", "what", "result", "results", "output", "input",
        "method", "approach", "steps", "step", "process", "details", "detail", "other", "others", "important", "remember",
        "caution", "warning", "reference", "references", "resources", "links", "formula", "types", "type", "category", "time", "date", "location", "schedule", "venue", "duration", "equation", "moredetail", "ways", "methods", "approaches", "kinds", "options", "critical", "average", "sources", "statusoptions", "pipeline", "权衡", "训练过程", "加分回答", "面试加分回答", "学到的重点", "遇到的问题", "复现实验",
        "categories", "comparison", "difference", "differences", "solution", "scenario", "context", "problem", "keyidea",
        "whyitswrong", "whyitiswrong", "correctanswer", "explanation", "rationale", "concept", "concepts", "idea",
        "英文", "中文", "english", "chinese", "英语", "汉语", "原文", "译文", "翻译", "心得", "感想", "笔记", "评论", "思考",
        "memorytrick", "memorytricks", "trap", "examtrap", "traps", "effect", "effects", "mitigation", "mitigations",
        "performance", "technique", "techniques", "commontechniques", "risk", "risks", "impact", "impacts", "ragspecificrisk",
        "使用时机", "适用时机", "何时使用", "whentouse", "落地", "变种", "变体", "概念理解", "工程实践", "实践", "理解", "tradeoff",
        "tradeoffs", "originalquestion", "thequestion", "theoriginalquestion", "下一章", "上一章", "nextchapter", "架构", "模型架构", "成本效益", "定价", "价格", "费用", "pricing", "cost", "memoryaid", "mnemonic", "keytakeaway", "keytakeaways", "takeaway", "takeaways", "insight", "insights", "remark",
        "remarks", "thoughts", "mythoughts", "mynotes", "examfocus", "examtrigger", "trigger", "intent",
        "名词解释", "术语解释", "名词", "术语", "术语表", "词汇表", "词汇", "技术相关", "相关技术", "相关概念", "基本概念", "基础概念", "核心概念",
        "取值范围", "值域", "范围", "range", "输出范围", "定义域",
        "keyparts", "parts", "mainparts", "keycomponents", "keyfeatures", "mainfeatures", "主要部分", "关键部分",
        "基本结构组成", "结构组成", "基本组成", "主要组成", "核心组成", "基本构成", "主要构成", "结构构成", "基本结构", "核心组件", "主要组件", "基本要素", "核心要素",
        "corecomponents", "maincomponents", "basiccomponents", "buildingblocks", "basicstructure",
        "examrule", "examrules", "examnote", "examhint", "examtips",
        "glossary", "terminology", "terms", "keyterms", "keyconcepts", "coreconcepts", "basicconcepts", "examessentials", "essentials",
        "作者", "author", "authors", "数据", "论文", "paper", "年份", "year", "来源", "出处", "source", "发表", "何时注意", "贡献方式", "维护说明",
        "license", "许可", "许可证", "contributing", "contribution", "contributors", "components", "component", "组件", "组成",
        "构成", "组成部分", "工作方式", "工作原理", "趋势", "trends", "trend", "principles", "principle", "原则", "constraints", "considerations",
        "机制", "可能问题", "痛点", "解决的痛点", "painpoints", "实作形态", "成本", "代价", "核心逻辑", "逻辑", "logic", "阶段", "stage",
        "phase", "训练阶段", "推理阶段", "修改方案", "改进方案", "修改后", "thegood", "thebad", "good", "bad", "因为", "所以", "但是", "如果", "因此", "然后", "because",
        "user", "users", "customer", "customers", "aws", "objective", "objectives", "outcome", "outcomes", "but", "however",
        "also", "thus", "hence", "therefore", "so", "and", "or", "then", "because", "since", "idea", "intuition", "motivation",
        "notation", "notations", "symbols", "networking", "hyperparameters", "hyperparams", "modes", "settings", "configuration", "forward", "backward", "forwardpass", "backwardpass", "parameters", "params", "符号", "记号",
        "策略", "strategy", "strategies", "protip", "protips", "hint", "hints", "reminder", "fyi", "tldr", "aside", "贡献", "核心贡献", "主要贡献", "keycontributions",
        "maincontributions", "benefit", "advantage", "disadvantage", "drawback", "downside", "upside", "finaloutput", "finalresult", "finalanswer", "endresult", "finalstep", "firststep", "nextstep", "laststep", "最终输出", "最终结果",
        "businessuse", "businessuses", "businessvalue", "tools", "awstools", "awsservices", "keyword", "keywords", "triggerphrase",
        "related", "relatedto", "seealso", "see", "使用", "用法", "使用方式", "反应", "实际", "已知", "预期", "情境", "情况", "数学体现", "数学表达", "数学形式", "数学表示", "数学含义", "公式表示", "直观理解", "直观解释",
        "黄金法则", "经验法则", "ruleofthumb", "rulesofthumb", "goldenrule",
        "correctanswers", "theproblem", "thesolution", "theidea", "thegoal", "在线资源", "资源", "学习资源", "相关资源", "推荐资源", "所属领域", "所属子领域", "子领域", "创建日期", "更新日期", "创建时间", "更新时间", "标签", "tags", "deprioritize", "prioritize", "outofscope", "inscope", "oneway", "anotherway", "otherway", "challenge", "applications", "application", "requirements", "requirement", "decision", "relationships", "relationship", "meaning", "shift", "drivers", "keytrait", "keytraits", "keyinnovation", "innovation", "mechanism", "intro", "whyitmatters", "technicaladvantage", "keyadvantage",
        "基础知识", "基础", "基本知识", "入门", "basics", "fundamentals", "可选", "必选", "可选项", "必选项", "optional", "required",
        "inputs", "outputs", "优缺点", "利弊", "优劣", "优劣势", "prosandcons", "proscons", "observation", "observations", "concern", "concerns", "tasks", "variant", "variants", "capability", "capabilities", "using", "status", "todo", "global", "local", "consideration", "bestpractice", "bestpractices", "typical", "补充", "examdomain", "examweight", "examweighting", "每天", "每日", "每周", "每週", "每月", "每季", "每季度", "每年", "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "custom", "builtin", "default", "standard", "advanced", "better", "worse", "weak", "weaker", "strong", "stronger", "good", "bad", "best", "worst", "low", "high", "medium", "lower", "higher", "design", "development", "debugging", "keyrule", "briefmention", "querystyle", "analogy", "tool", "bestofbothworlds", "洞察", "攻击方式", "攻击手段", "直觉", "直观",  "keyobservation", "观察", "keyofferings", "黄色", "黃色", "粉色", "红色", "紅色", "蓝色", "藍色", "绿色", "綠色", "黑色", "白色", "灰色", "橙色", "紫色", "粗黑点", "粗黑點", "黑点", "黑點", "箭头", "箭頭", "yellow", "pink", "red", "blue", "green", "black", "grey", "gray", "orange", "purple", "arrow", "arrows", "关键思想", "主要思想", "基本思想", "核心想法", "想法", "思想", "核心假设", "基本假设", "主要假设", "假设", "前提", "核心观点", "观点", "otherissues", "otherproblems", "pages", "lines", "words", "offerings", "offering", "keyservices", "keycapabilities", "maincapabilities", "images", "image", "videos", "video", "audio", "documents", "customise", "customize", "customisation", "customization", "primer", "cheatsheet", "recap", "review", "quickreview", "refresher", "回顾", "复习",
    }, StringComparer.Ordinal);

    // The fields of a topic whose sub-entries elaborate the field ("Mechanism: predicting missing parts" → "Vision:
    // predicting image rotation"); a category's sub-entries ("Types" → "Supervised") are terms and stay.
    private static readonly HashSet<string> FieldParents = new(
    [
        "keytrait", "keytraits", "trait", "traits", "keyinnovation", "innovation", "mechanism", "mechanisms", "howitworks", "definition",
        "meaning", "result", "results", "outcome", "outcomes", "method", "goal", "whyitmatters", "analogy", "intro", "benefit", "benefits",
        "advantage", "advantages", "limitation", "limitations", "shift", "keyidea", "idea", "intuition", "原理", "机制", "定义", "含义", "意义",
        "作用", "目的", "目标", "结果", "优点", "缺点", "优势", "局限", "核心思想", "工作原理", "关键创新", "核心创新", "主要特点", "特点", "特征",
        "commonmistakes", "mistakes", "pitfalls", "commonpitfalls", "antipatterns", "常见错误", "常见误区", "误区", "理由", "够用的理由",
    ], StringComparer.Ordinal);

    public static bool FieldElaboration(StudyItem item) =>
        item.Term is not null && !item.IsPractice && item.Kind != "Cloze" && item.Context is { } context
        && FieldParents.Contains(QualityText.Key(Emphasis().Replace(context.Split('›')[^1], " ").Trim().TrimEnd(':', '：')));

    /// <summary>True when <paramref name="text"/> is a generic label rather than a term (compared as Simplified, lower case).</summary>
    public static bool IsLabel(string text)
    {
        if (ProductInsights().IsMatch(text.Trim()))
        {
            return false;
        }

        var key = QualityText.Key(text);
        var bare = LabelQualifier().Replace(key, "");
        return key.Length == 0 || Labels.Contains(key) || (bare.Length > 0 && Labels.Contains(bare)) || NumberedLabel().IsMatch(key) || Period().IsMatch(key)
            || RemarkLabel().IsMatch(key) || IsCompoundLabel(text) || CountOrExampleLabel().IsMatch(key) || EndsWithChineseLabel(text)
            || LegendOrPlaceholder().IsMatch(text.Trim()) || RelativeLabel().IsMatch(key) || RankedFieldLabel().IsMatch(key)
            || NotAName().IsMatch(text.Trim()) || (Adjective().IsMatch(text.Trim()) && !AdjectiveNouns.Contains(text.Trim()));
    }

    // "C 朴素贝叶斯分类器": a quiz's answer letter run into its answer; "[2023.11.15 更新]": a dated update marker;
    // "Pre-2020": a period.
    [GeneratedRegex(@"^(左边|右边|左邊|右邊|左侧|右侧|左側|右側|左图|右图|左圖|右圖|上图|下图|上圖|下圖|上方|下方)|^(?i:left|right|top|bottom)(\s+(side|panel|half|figure|image))?(\s*\(|$)|^[A-E]\s+\p{IsCJKUnifiedIdeographs}|\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}|^(?i:pre|post|before|after)[- ]?(19|20)\d\d$|^[""“'「`][a-z_][a-z0-9_\-]{0,19}[""”'」`]$|^(def|class|import|from|return|function|const|let|var)\s|^[A-Za-z_][A-Za-z0-9_]*\([^()]*\)$|^[A-Z][a-z]$")]
    private static partial Regex NotAName();

    // Titles that place what is under them ("## Metrics" over "Recall: the ratio of…") but say nothing asked as a term
    // ("What are Metrics?" → "Transaction success, conversation length…").
    private static readonly HashSet<string> TermOnlyLabels = new(
        ["metrics", "keymetrics", "pitfalls", "commonpitfalls", "commonmistakes", "性能指标", "评估指标"], StringComparer.Ordinal);

    // "Use in RAG", "Role in training", "Key AWS Concept", "Main idea": what is said of a topic, named by its kind, as a
    // term ("Key FM Concepts" over a list of terms is that list's title, and places them).
    [GeneratedRegex(@"^(use|uses|usage|used|role)\s+(in|for|with)\s+\S+$|^important (for|to|in)\s|^(two|three|four|five|2|3|4|5) (variants|types|kinds|ways|modes|versions|levels|stages)$|^too (high|low|large|small|big|much|many|few|little|long|short)$|^(key|main|core|important|central)\s+(\S+\s+)?(concept|idea|point|takeaway|term)$|^(note|notice|remember|consider|recall)\s+(the|this|that|how|what|why|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldShape();

    // "Don't fall into these traps", "Avoid these mistakes": an order to the reader over a list, which names no topic.
    [GeneratedRegex(@"^(don['’]?t|do not|avoid|never|always|make sure|remember|be careful|beware)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceContext();

    // "Non-deterministic", "Abstractive": a quality of something the prompt does not name (summaries, outputs).
    [GeneratedRegex(@"^(?i:non)-[a-z]+$|^(?i:pre|post|self|fine|well|auto|semi|un|over|under)-[a-z]+ed$|^[A-Za-z][a-z]+(ive|istic)$|^[A-Z][a-z]+(ally|ually|ently|antly|ively|ously|ately)$|^[A-Z][a-z]{4,}(?<!e)ed$|^[A-Z][a-z]{4,}(able|ible)$")]
    private static partial Regex Adjective();

    // Words ending as adjectives do that are nouns in a study note.
    private static readonly HashSet<string> AdjectiveNouns = new(
        ["Objective", "Alternative", "Perspective", "Directive", "Initiative", "Incentive", "Derivative", "Executive", "Representative", "Narrative",
         "Detective", "Native", "Motive", "Archive", "Adjective", "Drive", "Heuristic", "Characteristic", "Statistic", "Positive", "Negative", "Relative", "Variable", "Vegetable", "Responsible"],
        StringComparer.OrdinalIgnoreCase);

    // "LLM Cost", "RAG Benefits", "Bedrock Pricing": a topic's name run into the label of what is said of it.
    private static readonly HashSet<string> EnglishTailLabels = new(
        ["cost", "costs", "pricing", "benefits", "limitations", "challenges", "examples", "pros", "cons", "advantages", "disadvantages", "drawbacks", "overview", "summary", "tips", "notes", "risks",
         "definition", "advantage", "disadvantage", "applications", "requirements"],
        StringComparer.OrdinalIgnoreCase);

    // As a term only: a title such as "AWS Bedrock Content Filters Summary" still names its topic for a context.
    internal static bool IsEnglishTailLabel(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Capitalised as a heading is ("LLM Cost"); "Development cost" is a term of its own.
        return words.Length >= 2 && CardText.CjkCount(text) == 0 && char.IsUpper(words[^1][0]) && EnglishTailLabels.Contains(words[^1]);
    }

    // "决策树的优缺点 优点": a heading run into the label under it.
    private static bool EndsWithChineseLabel(string text)
    {

        // Chinese only: "LLM 使用案例" and "基于 Transformer 的 LLM 模型架构" name their subject in English words.
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && CardText.CjkCount(parts[^1]) >= 2
            && ((!text.Any(char.IsAsciiLetter) && Labels.Contains(QualityText.Key(parts[^1]))) || FieldTails.Contains(QualityText.Key(parts[^1])));
    }

    // "R-square 範圍", "MAE 公式": a metric's name run into the field written under it.
    private static readonly HashSet<string> FieldTails = new(["范围", "取值范围", "值域", "公式", "计算公式", "定义"], StringComparer.Ordinal);

    // "缺點 / 成本", "优点与缺点", "Pros & Cons": labels joined are a label.
    private static bool IsCompoundLabel(string text)
    {
        // Most texts have no joint at all: tell that without the pattern.
        if (text.AsSpan().IndexOfAny(JointCharacters) < 0 && !text.Contains("and", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = LabelJoint().Split(text).Where(p => p.Trim().Length > 0).ToList();
        return parts.Count > 1 && parts.All(p => Labels.Contains(QualityText.Key(p)));
    }

    // A claim is no term; a list's label with a negation ("RAG 不能解决的问题") names a set to recall all the same.
    public static bool LabelAsTerm(StudyItem item) =>
        (item.Term is { } term && (IsLabel(term) || FieldShape().IsMatch(term.Trim()) || TermOnlyLabels.Contains(QualityText.Key(term)) || QualityText.Key(term).EndsWith("级别", StringComparison.Ordinal) || GlossedBold(item.Section, term) || PhaseLabel(item.Section, term) || IsEnglishTailLabel(term) || AmongFields(item.Section, term) || (item.Kind != "ListRecall" && ClaimLabel().IsMatch(term.Trim()))))
        || (item.Term is { } aspect && item.Kind != "ListRecall" && (AspectLabel(QualityText.Key(aspect)) || TopicRunIntoLabel(item, aspect) || OfLabel().IsMatch(QualityText.Key(aspect))))
        || (item.AnswerIsTerm && item.Options.Any(o => IsLabel(o) || AspectLabel(QualityText.Key(o)) || TopicRunIntoLabel(item, o)));

    // "- **Training:** randomly deactivate neurons" beside "- **Inference:** all neurons active" under Dropout: the
    // phases are labels of what the section's subject does in each, not terms.
    private static readonly HashSet<string> Phases = new(
        ["training", "inference", "testing", "test", "testtime", "traintime", "trainingtime", "inferencetime", "prediction", "duringtraining",
         "duringinference", "attesttime", "attraintime", "训练", "推理", "测试", "训练时", "推理时", "测试时", "预测时"], StringComparer.Ordinal);

    private static bool PhaseLabel(Notes.NoteSection section, string term) =>
        Phases.Contains(QualityText.Key(term))
        && Flashcards.ItemTree.Find(section.ListItems, i => i.Text.StartsWith(term, StringComparison.Ordinal)) is { } found
        && (found.Parent?.Children ?? section.ListItems).Any(i => !ReferenceEquals(i, found.Item)
            && SectionMarkdown.EntryLabel(i.Text) is { } label && Phases.Contains(QualityText.Key(label)));

    // "- **test set** third set: not used for training": the bold term and the writer's gloss after it, read as one
    // name that no one uses.
    private static bool GlossedBold(Notes.NoteSection section, string term) =>
        section.BoldTerms.Any(b => b.Length > 0 && b.Length + 1 < term.Length && term.StartsWith(b + " ", StringComparison.Ordinal) && char.IsAsciiLetter(term[b.Length + 1])
            && section.Markdown.Contains("**" + b + "** " + term[(b.Length + 1)..], StringComparison.Ordinal));

    // "- **Purpose**: … - **Integration**: … - **Usage**: …" under "Introduction to Amazon Lex": an entry among a topic's
    // fields is one of them, however it is named. Three entries or more in its list, two fields or more and half of them.
    private static bool AmongFields(Notes.NoteSection section, string term)
    {
        if (section.Definitions.Count < 3 || Flashcards.ItemTree.Find(section.ListItems, i => i.Text.StartsWith(term, StringComparison.Ordinal)) is not { } found)
        {
            return false;
        }

        var siblings = found.Parent?.Children ?? section.ListItems;
        var fields = siblings.Count(i => SectionMarkdown.EntryLabel(i.Text) is { } label && IsLabel(label));
        return siblings.Count >= 3 && fields >= 2 && 2 * fields >= siblings.Count;
    }

    // "主要用途", "核心功能", "关键特点", "main features": a label with a qualifier is still a label.
    [GeneratedRegex(@"^(最大|最重要|最主要|唯一|主要|核心|关键|常见|其他|基本|重要|整体|總體|总体|整體|最终|最終|具体|具體|典型|复杂|複雜|简单|簡單|main|key|core|common|other|basic|overall|final|specific|typical|important|special|notable|useful)")]
    private static partial Regex LabelQualifier();

    // "TPM Insight", "My takeaways", "学习心得": the writer's own remark, not a concept; "如何使用 LangChain", "Why it's
    // tricky", "How to choose": a question or a how-to, not a term.
    [GeneratedRegex(@"(mainidea|keyidea|bigidea|coreidea|styles|insights?|takeaways?|remarks?|thoughts|primer|cheatsheet|recap|refresher|心得|感想|笔记|面试触发点|触发点|追问点|考点|易错点|注意点|注意事项|踩坑|的工作方式|的工作原理|的原理|的步骤|的流程)$|^(why|how|when|what|如何|怎么|怎样|为什么|为何|comparisonwith|comparedto|comparedwith|relationto|relationshipwith|differencebetween|与.{1,12}的(区别|对比|比较))")]
    private static partial Regex RemarkLabel();

    [GeneratedRegex(@"^(场景|步骤|阶段|方法|案例|示例|例|应用|用途|问题|原因|方案|修改方案|改进|问|答|scenario|step|stage|example|case|option|选项|head|domain|task|taskstatement|chapter|module|lesson|unit|part|week|day|section|lecture|lab|phase|problem|issue|question|reason|solution|learningpath|path|track|milestone|sprint|session|topic|领域|任务|任务陈述|模块|章节|课程|学习路径|第|q|tactic|principle|rule|tip|guideline|pillar|strategy|technique|factor|point|item|特性|特点|特征|性质|原则|规则|技巧|优点|缺点|理由|观点|要点|层次|层级|假设|定律|layer|level|tier|round|query|prompt|response|input|output|sentence|sample|attempt|层|策略|建议|准则|思路|手段|技术|方式|情形|情况|类型|结论|发现|挑战|风险|做法|窍门)(\d+|[一二三四五六七八九十]{1,3}|n)(个?[章节课讲层级步轮次项点条]|个方面|个部分)?$")]
    private static partial Regex NumberedLabel();

    // "集合级别没有 metadata schema 约束", "Not checking all fairness metrics": a claim or a mistake, not a name.
    // "BLEU focuses on precision", "RAG is essential", "Massive growth in 2025": a sentence or a dated remark.
    // "结合机器翻译", "对于长文本": the lead-in of an example or a case; "重复步骤2和3": a step that points at other steps.
    // "缺乏多样性", "开始时学习率大些", "横轴为 FPR", "where 过滤发生在向量检索之前", "分两层": a cause, advice or a claim.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}被(?!动|動)\p{IsCJKUnifiedIdeographs}|\p{IsCJKUnifiedIdeographs}(映射|转换|轉換|转化|轉化|划分|劃分|送入|存储|存儲)(到|为|為|成)\p{IsCJKUnifiedIdeographs}|^(符合|满足|滿足|便于|便於|易于|易於|避免|确保|確保)|^(无|無)(特定|明显|明顯|任何|需|须|須)|没有|沒有|不是|不能|无法|無法|不会|不會|不需要|不支持|^(?i:not|don't|do not|never)\s|^\S+(\s\S+)?\s(is|are|was|were|can|will|must|should|focuses on|helps|allows|means)\s|\s(?i:in|since|by)\s(19|20)\d\d$|^(结合|結合|对于|對於|关于|關於|针对|針對|通过|通過|如果|假如|例如|比如)|步骤\s*\d|步驟\s*\d|(?i:\bsteps?\s+\d)|^(缺乏|缺少|过度|過度|过多|過多|过少|過少|过于|過於)|(大些|小些|多些|少些|大一些|小一些)$|^(开始时|開始時|一开始|一開始|刚开始|剛開始)|每一步|每一个|每一個|(轴|軸)(为|為)|发生在|發生在|(之前|之后|之後|以前|以后|以後)$|^分(两|兩|二|三|四)(层|層|类|類|步|种|種|级|級)|^(能|可以)(?!力|量|源)|^依赖|^依賴|而异$|而異$|的.+的|^(?i:higher|lower|larger|smaller|bigger|more|less|fewer|increasing|decreasing)\s+(?!(?i:bound|order)\b)\w+$")]
    private static partial Regex ClaimLabel();

    // "1990s", "2020年代", "2012年": a period is a row of a timeline, not a term.
    [GeneratedRegex(@"^\d{2,4}(s|年代|年)?$|^(coming|upcoming|planned|newin|since|asof|expectedin)(soon|q?[1-4]?\d{4})$")]
    private static partial Regex Period();

    private static readonly System.Buffers.SearchValues<char> JointCharacters = System.Buffers.SearchValues.Create("/／、&＆与與和");
}
