namespace AifStudy.Core.Quality;

/// <summary>The field names and bullet labels that are never terms (<see cref="SubjectChecks.IsLabel"/>), compared as <see cref="QualityText.Key"/>s.</summary>
internal static partial class SubjectChecks
{
    private static readonly HashSet<string> Labels = new(new[]
    {
        "优点", "缺点", "优势", "劣势", "好处", "坏处", "问题", "原因", "应用", "应用场景", "使用场景", "适用场景", "场景", "使用案例", "用例",
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
        "caution", "warning", "reference", "references", "resources", "links", "formula", "types", "type", "category",
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
        "notation", "notations", "symbols", "forward", "backward", "forwardpass", "backwardpass", "parameters", "params", "符号", "记号",
        "策略", "strategy", "strategies", "protip", "protips", "hint", "hints", "reminder", "fyi", "tldr", "aside", "贡献", "核心贡献", "主要贡献", "keycontributions",
        "maincontributions", "benefit", "advantage", "disadvantage", "drawback", "downside", "upside", "finaloutput", "finalresult", "finalanswer", "endresult", "finalstep", "firststep", "nextstep", "laststep", "最终输出", "最终结果",
        "businessuse", "businessuses", "businessvalue", "tools", "awstools", "awsservices", "keyword", "keywords", "triggerphrase",
        "related", "relatedto", "seealso", "see", "使用", "用法", "使用方式", "反应", "实际", "已知", "预期", "情境", "情况", "数学体现", "数学表达", "数学形式", "数学表示", "数学含义", "公式表示", "直观理解", "直观解释",
        "黄金法则", "经验法则", "ruleofthumb", "rulesofthumb", "goldenrule",
        "correctanswers", "theproblem", "thesolution", "theidea", "thegoal", "在线资源", "资源", "学习资源", "相关资源", "推荐资源", "所属领域", "所属子领域", "子领域", "创建日期", "更新日期", "创建时间", "更新时间", "标签", "tags", "deprioritize", "prioritize", "outofscope", "inscope", "oneway", "anotherway", "otherway", "challenge", "applications", "application", "requirements", "requirement", "decision", "relationships", "relationship", "meaning", "shift", "drivers", "keytrait", "keytraits", "keyinnovation", "innovation", "mechanism", "intro", "whyitmatters", "technicaladvantage", "keyadvantage",
        "inputs", "outputs", "优缺点", "利弊", "优劣", "优劣势", "prosandcons", "proscons", "primer", "cheatsheet", "recap", "review", "quickreview", "refresher", "回顾", "复习",
    }, StringComparer.Ordinal);

    // The fields of a topic whose sub-entries elaborate the field ("Mechanism: predicting missing parts" → "Vision:
    // predicting image rotation"); a category's sub-entries ("Types" → "Supervised") are terms and stay.
    private static readonly HashSet<string> FieldParents = new(
    [
        "keytrait", "keytraits", "trait", "traits", "keyinnovation", "innovation", "mechanism", "mechanisms", "howitworks", "definition",
        "meaning", "result", "results", "outcome", "outcomes", "method", "goal", "whyitmatters", "analogy", "intro", "benefit", "benefits",
        "advantage", "advantages", "limitation", "limitations", "shift", "keyidea", "idea", "intuition", "原理", "机制", "定义", "含义", "意义",
        "作用", "目的", "目标", "结果", "优点", "缺点", "优势", "局限", "核心思想", "工作原理", "关键创新", "核心创新", "主要特点", "特点", "特征",
    ], StringComparer.Ordinal);

    public static bool FieldElaboration(StudyItem item) =>
        item.Term is not null && !item.IsPractice && item.Kind != "Cloze" && item.Context is { } context
        && FieldParents.Contains(QualityText.Key(Emphasis().Replace(context.Split('›')[^1], " ").Trim().TrimEnd(':', '：')));
}
