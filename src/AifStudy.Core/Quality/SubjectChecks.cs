using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Checks on what an item names: a label taken for a term, a subject with no antecedent or no context.</summary>
internal static partial class SubjectChecks
{
    private const int MaxTermLength = 40;
    private const int ShortChineseTerm = 3;
    private const int OpeningCharacters = 6;
    private const int OpeningWords = 3;

    // Field names and bullet labels people write under a term: they organise a note, they are not its terms.
    private static readonly string[] Pronouns =
    [
        "其", "它", "这", "這", "该", "該", "此", "上述", "以上", "前者", "后者", "後者", "他们", "他們",
        "下面", "上面", "以下", "如下", "下方", "上方", "这里", "這裡", "此处", "此處",
        "this ", "these ", "it ", "they ", "those ", "its ", "their ", "that ", "such ",
    ];

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("label-as-term", "a field name or bullet label (优点, 场景 2, Pros, Note, Why it's wrong) asked or offered as a term", LabelAsTerm),
        new("heading-number", "a chapter or step number carried into the term (\"20 思维树 TOT\")", i => i.Term is { } t && HeadingNumber().IsMatch(t)),
        new("incomplete-term", "a term that is a clause or ends mid-way (\"Training data must\", \"…：\")", IncompleteTerm),
        new("missing-subject", "the subject is a pronoun, a leftover label or a short term with no context", MissingSubject),
        new("claim-as-term", "a claim or feature written as a verb phrase (\"简化开发流程\", \"无法保障内容可信\", \"Reduces cost\") asked as if it were a term", ClaimAsTerm),
        new("sentence-context", "a context that is a sentence (\"…以下是 Bedrock 的主要特點：\", \"Don't fall into these traps\"), not a topic's name", i => i.Context is { } c && (AdviceContext().IsMatch(c.Split('›')[^1].Trim()) || c.AsSpan().IndexOfAny(['。', '！', '？', '!', '?']) >= 0 || c.Split('›').Any(p => Bracketed().IsMatch(p.Trim())) || c.TrimEnd().EndsWith('：') || c.TrimEnd().EndsWith(':') || c.Length > 60)),
        new("context-skips-title", "a context from a title above the item's own, which is a sentence (\"Hugging Face\" for the figures under \"模型的参数，以ChatGLM-6B为例\"): what the item is about is left out", ContextSkipsTitle),
        new("repeated-field-label", "a line label the note writes more than once (\"数据：\" under each of three projects): a field of its template, with no one answer", RepeatedFieldLabel),
        new("formula-as-term", "a formula or one of its symbols asked as a term (\"Q_i = W_Q · E_i 形象比喻\", \"y = ax + b\", \"xi\")", FormulaAsTerm),
        new("timeline-entry", "a version or generation named with its year (\"GPT-2（2019）\", \"GPT-4o、o1、o3（2024-2025）\"): what it added then, a step of a history, not what it is", i => i.Term is { } t && !i.IsPractice && YearTagged().IsMatch(t.Trim())),
        new("example-entry", "an entry of a list introduced as an example or a supposition (\"Suppose the retrieved chunks are:\" › \"Chunk 3\"): the example's data, not a term", ExampleEntry),
        new("vendor-as-term", "a company from a list of model providers asked as a term (\"What is Meta?\" → \"open source llama model\")", VendorAsTerm),
        new("step-as-term", "a step written as a verb and its object (\"收集数据\", \"Collect data\") asked as if it were a term", StepAsTerm),
        new("figure-legend", "a term from the list that explains a figure right above it (\"一对多\" under an image): its subject is the figure the learner never sees", FigureLegend),
        new("field-elaboration", "an entry under a field of a topic (\"Meaning\" under \"Key Trait\", \"Vision\" under \"Mechanism\", \"Technical Advantage\" under \"Key Innovation\"): a detail of that field, not a term", FieldElaboration),
        new("attribute-as-term", "an item under a pros, cons, limits or pain-points title (\"部署複雜度高\" under 缺點 / 成本): a claim about the topic above, asked as if it were a term", AttributeAsTerm),
        new("cloze-instruction", "a cloze of a tutorial step (\"Click + Create a resource and search for [...]\", \"点击[...]\"): the blank is a control on a screen the card never names", ClozeInstruction),
        new("context-is-option", "a question whose context is one of its own options (\"以下描述对应「知识库」中的哪个术语？\" with 知识库 an option): the place reads as the answer's kind", ContextIsOption),
        new("cloze-without-antecedent", "a cloze sentence that points outside itself (\"these\", \"their\", \"这些\", \"它\"): its blank cannot be told", ClozeWithoutAntecedent),
    ];

    public static bool ContextIsOption(StudyItem item) =>
        item.IsQuestion && item.AnswerIsTerm && item.Context is { } context
        && item.Options.Any(o => CardText.Normalize(o) == CardText.Normalize(context.Split('›')[^1]));

    /// <summary>True for a "term" that opens as a clause ("For the purpose of this course", "因为…"): no name to ask.</summary>
    public static bool OpensAsClause(string term) => ConjunctionLead().IsMatch(term.Trim());

    public static bool IncompleteTerm(StudyItem item) =>
        (item.AnswerIsTerm && item.Options.Any(o => ConjunctionLead().IsMatch(o.Trim())))
        || item.Term is { } term
        && (term.Length > MaxTermLength || AdjectiveTerm().IsMatch(term.Trim()) || term.TrimEnd().EndsWith(':') || term.TrimEnd().EndsWith('：')
            || DanglingEnd().IsMatch(term) || term.AsSpan().IndexOfAny(['。', '！', '？', '!', '?']) >= 0 || ConjunctionLead().IsMatch(term.Trim())
            || OneOfTwo(item, term) || PredicateLead().IsMatch(term.Trim()) || ImperativeLead().IsMatch(term.Trim()) || Notes.StudyAdvice.IsAdvice(term.Trim())
            || !QualityText.BracketsBalance(term)
            || Versus().IsMatch(term) || Locative().IsMatch(term.Trim())
            || term.Contains('→') || term.Contains("->", StringComparison.Ordinal) || term.Contains("=>", StringComparison.Ordinal) || term.Contains('⇒'));

    public static bool MissingSubject(StudyItem item)
    {
        var subject = item.Term ?? QualityText.WithoutFrames(item.Prompt).TrimStart(' ', '：', ':', '「', '“', '"');
        if (Pronouns.Any(p => subject.StartsWith(p, StringComparison.OrdinalIgnoreCase)) || LabelLead().IsMatch(QualityText.WithoutFrames(item.Prompt).TrimStart(' ', '：', ':')))
        {
            return true;
        }

        // A quoted description or an option that opens with "It …" or "它…": whose?
        if (QuotedPronoun().IsMatch(item.Prompt) || item.Options.Any(o => OptionPronoun().IsMatch(o)))
        {
            return true;
        }

        // A short Chinese term ("多对一", "闭源") or a lower-case English phrase means little without saying of what.
        return item.Term is { } term && !item.AnswerIsTerm && IsAmbiguous(term) && (string.IsNullOrWhiteSpace(item.Context) || FacetOfParent(item.Section, term));
    }

    // "- Measures precision and recall between machine and human text" › "- precision: (overlap) / words in model": the
    // entry says what the precision of the item above is (ROUGE's), which a context from the headings leaves out.
    private static bool FacetOfParent(Notes.NoteSection section, string term) =>
        ItemTree.Find(section.ListItems, i => i.Text.StartsWith(term, StringComparison.Ordinal)) is { Parent: { } parent }
        && SectionMarkdown.EntryLabel(parent.Text) is null
        && Regex.IsMatch(parent.Text, $@"(?<![\p{{L}}-]){Regex.Escape(QualityText.Core(term).Trim())}(?![\p{{L}}-])", RegexOptions.IgnoreCase);

    public static bool ContextSkipsTitle(StudyItem item) =>
        (item.Context is { Length: > 0 } context && !item.IsPractice && item.Kind != "Cloze"
            && SubjectContext.IsSentenceTitle(item.Section.Title) && !CardText.ContainsNormalized(item.Section.Title, context.Split('›')[^1].Trim()))
        || UnmarkedChapter(item);

    // "第一章 绪论" or "3.4 线性判别分析（LDA）" on a line of its own over the list: a chapter the author did not mark as a
    // heading, so the item's context (the note's title) leaves out what its entry is about.
    private static bool UnmarkedChapter(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind != "Cloze"
        && MeaningChecks.ListLeadIn(item.Section, term) is { } lead && lead != item.Section.Title && ChapterLine().IsMatch(lead)
        && (item.Context is null || !CardText.ContainsNormalized(item.Context, ChapterLine().Replace(lead, "").Trim()));

    [GeneratedRegex(@"^(第\s*[一二三四五六七八九十百\d]+\s*[章节節篇部讲講课課]|(chapter|lecture|lesson|part|week)\s+\d+\b|\d+[.,]\d+(\.\d+)*\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterLine();

    public static bool RepeatedFieldLabel(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind != "Cloze" && item.RepeatedLabels.Contains(QualityText.Key(term));

    public static bool StepAsTerm(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind is "TermDefinition" or "DefinitionTerm" or "MultipleChoice" or "TrueFalse" or "Matching"
        && (StepLead().IsMatch(QualityText.Core(term).Trim()) || GerundLead().IsMatch(QualityText.Core(term).Trim()));

    // "evaluating a clustering model": a step written as its gerund and object.
    [GeneratedRegex(@"^[a-z]{3,}ing\s+(a|an|the|your|our|its|their|new|each)\s")]
    private static partial Regex GerundLead();

    public static bool FigureLegend(StudyItem item)
    {
        if (item.Term is not { } term || item.IsPractice || item.Kind == "Cloze" || item.Section.Images.Count == 0)
        {
            return false;
        }

        var lines = SectionMarkdown.Lines(item.Section);
        var at = Array.FindIndex(lines, l => ListLine().IsMatch(l) && l.Contains(term, StringComparison.Ordinal));
        // Up through the list (and the blank lines in it) to what it follows.
        for (var i = at - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !ListLine().IsMatch(lines[i]))
            {
                return line.StartsWith("![", StringComparison.Ordinal) || line.StartsWith("<img", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    // "Skill 可跨 Agent 共享", "模型可以自我修正": what a name can do, a claim written as a clause.
    [GeneratedRegex(@"[A-Za-z0-9)）]\s*可(以|能)?\s*\p{IsCJKUnifiedIdeographs}|\p{IsCJKUnifiedIdeographs}{2,}\s*可以\s*\S")]
    private static partial Regex CanClause();

    // "Specificity 高", "学习率过高": a measure's state, a condition, not a term.
    [GeneratedRegex(@"^(?=.{3,}$)(.*[A-Za-z0-9)）]\s*|\p{IsCJKUnifiedIdeographs}{2,}?)(过|過|太|较|較|很|偏)?(高|低)$")]
    private static partial Regex HighOrLow();

    public static bool ClaimAsTerm(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind is "TermDefinition" or "DefinitionTerm" or "MultipleChoice" or "TrueFalse" or "Matching"
        && (ClaimLead().IsMatch(QualityText.Core(term).Trim()) || Headline().IsMatch(QualityText.Core(term).Trim()) || Maxim().IsMatch(QualityText.Core(term).Trim())
            || ChineseClause().IsMatch(Search.ChineseScript.ToSimplified(QualityText.Core(term).Trim())) || CanClause().IsMatch(QualityText.Core(term).Trim()) || HighOrLow().IsMatch(QualityText.Core(term).Trim()));

    // "生成式AI的崛起", "AI的普及與應用": a headline of a trend or an event, not a concept.
    [GeneratedRegex(@"的(崛起|兴起|興起|普及|发展|發展|出现|出現|突破|演进|演進|时代|時代|爆发|爆發|未来|未來)(与应用|與應用)?$|(与|與)(应用|應用)$")]
    private static partial Regex Headline();

    // The pointer opens the sentence ("其核心目标…", "我们会将这些…", "They provide a more…"): a later "它" or "it" points back
    // at the sentence's own subject.
    public static bool ClozeWithoutAntecedent(StudyItem item)
    {
        if (item.Kind != "Cloze")
        {
            return false;
        }

        var text = QualityText.WithoutFrames(item.Prompt).Replace("Fill in the blank:", "", StringComparison.Ordinal).Trim().TrimStart('：', ':').Trim();
        var opening = CardText.CjkCount(text) > 0 ? new string(text.Take(OpeningCharacters).ToArray()) : string.Join(' ', text.Split(' ').Take(OpeningWords));
        var blank = text.AsSpan().IndexOfAny(['［', '[']);
        return Anaphora().IsMatch(opening) || (blank > 0 && PluralPointer().IsMatch(text[..blank])) || VerbFirst().IsMatch(text);
    }

    /// <summary>True for a term that says little alone: two Chinese characters, three that do not end like a concept, a lower-case English phrase of one or two words.</summary>
    public static bool IsAmbiguous(string term)
    {
        var core = QualityText.Core(term);
        if (core.Trim().Length == 1)
        {
            // "W", "B", "Q": a symbol means something only in the formula or the method a context names.
            return true;
        }

        var cjk = CardText.CjkCount(core);
        if (cjk == 0)
        {
            return CardText.WordCount(core) <= 2 && core.All(c => !char.IsUpper(c));
        }

        // Two characters ("闭源", "应用") say nothing alone; three do when they end like a concept ("正则化", "学习率").
        return CardText.WordCount(core) == 0 && (cjk <= 2 || (cjk == ShortChineseTerm && !ConceptEnd().IsMatch(core)));
    }

    [GeneratedRegex(@"(化|率|性|度|法|器|层|層|型|集|值|量|数|數|图|圖|网络|網絡|学习|學習|训练|訓練|提示|嵌入|算法)$")]
    private static partial Regex ConceptEnd();


    [GeneratedRegex(@"^\s*(第\s*)?\d+(\.\d+)*\s*[、\.．]?\s+\S|^\s*\d+(\.\d+)*[、．]\S")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"\b(must|to|the|a|an|of|and|or|with|for|by|is|are|can|will|should|which|that)$|[的和与及、，,]$|\p{IsCJKUnifiedIdeographs}是$|主要(作用|目的|功能|任务|任務)?$|(包括|包含|分为|分為|如下|有以下|以下)$|(?<=[\p{IsCJKUnifiedIdeographs}A-Za-z]\s?)(?<![所拥擁特具含共固私公独獨稀没沒占佔专專享持富保])有$|(可以|能够|能夠|被认为|被認為|认为|認為|可以被|视为|視為|称为|稱為|叫做|就是|就像|就像是|像是|好比|如同|好像|犹如|猶如|宛如|仿佛|彷彿|相当于|相當於|类似于|類似於|概括为|概括為|总结为|總結為|归纳为|歸納為|定义为|定義為|描述为|描述為|表述为|表述為|理解为|理解為|划分为|劃分為|分解为|分解為|表示为|表示為|写为|寫為|写成|寫成|改写为|改寫為)$|的(作用|目的|功能|本质|本質)$|^(与|和|及|跟|同|and|with|or)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    [GeneratedRegex(@"^(提到|提及|说明了|說明了|使用(?!案例|场景|場景|方法|方式|说明|說明|者|率|量|指南|限制|条款|條款)|采用|採用|利用|通过|通過|简化|簡化|提高|提升|降低|减少|減少|增加|增强(?!学习|學習)|增強(?!學習)|支持(?!向量)|支援(?!向量)|提供|无法|無法|不能|不会|不會|可以|能够|能夠|保障|实现|實現|自动(?!编码|化机器)|自動(?!編碼|化機器)|加速|优化(?!器|算法)|優化(?!器|演算法)|确保|確保|避免|防止|帮助|幫助|允许|允許|快速|轻松|輕鬆|无需|無需|不需|节省|節省|改善|加强|加強|缩短|縮短|消除|控制(?!器|论|論|台|流|面|平面|变量|變量|组|組|码|碼|权|權|网络|網路)(?=\p{IsCJKUnifiedIdeographs}{2,}的))|^(simplif(y|ies)|reduces?|improves?|increases?|enables?|allows?|provides|supports|helps|makes|ensures?|avoids?|prevents?|maintains?|enhances?|boosts?|minimi[sz]es?|maximi[sz]es?|keeps?|protects?|automates|accelerates|speeds up|lowers|saves|eliminates?|streamlines?|cannot|can't|no need)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimLead();

    // A list line, in a block quote too ("> - **第一個字母**：…").
    [GeneratedRegex(@"^\s*(>\s*)*([-*+]|\d+[.)])\s")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"[「“""]\s*(It|Its|This|They|These|Their|它|这|這|其|该|該)(\b|(?=\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex QuotedPronoun();

    [GeneratedRegex(@"^\s*(It|Its|This|They|These|Their)\b|^\s*(它|这|這|该|該)")]
    private static partial Regex OptionPronoun();

    // "收集数据", "準備資料", "Collect data", "Train the model", "Clearly state the task": a step of a procedure or an
    // instruction, not a concept to define.
    [GeneratedRegex(@"^(收集|搜集|准备|準備|清洗|清理|标注|標註|选择|選擇|挑选|挑選|构建|構建|创建|創建|定义|定義|确定|確定|上传|上傳|下载|下載|安装|安裝|配置|运行|運行|调用|調用|编写|編寫|加载|載入|拆分|划分|劃分)(数据|資料|数据集|資料集|模型|需求|目标|目標|问题|問題|提示|代码|程式|环境|環境|参数|參數|项目|項目|专案|專案|任务|任務|范围|範圍|指标|指標|基准|基準)|^(部署|评估|評估|监控|監控|训练|訓練)(模型|系统|系統)$|^(collect|gather|prepare|clean|label|choose|select|build|create|define|identify|upload|download|install|configure|run|call|write|load|split|train|deploy|evaluate|monitor|learn|study|explore|practi[cs]e|master|review|read|watch)\s+(the\s+|a\s+|your\s+)?(data|dataset|datasets|model|models|requirements?|goals?|problem|prompts?|code|environment|parameters)\b|^((clearly|briefly|explicitly)\s+)?(state|specify|provide|give|ask|add|include|break|explain|list|describe|tell|show|avoid|keep|make|set|assign|use)\s+(the|a|an|your|it|them|clear|specific|examples?|context|step)\b|^(add|repeat|remove|ensure|limit|restrict|refuse|reject|validate|sanitize|separate|wrap|include|specify|define|adjust|tune|tweak|increase|decrease|raise|enable|disable|try|check|turn|experiment|obtain|use(?!\s+cases?\b)|calculate|load(?=\s+\w+(\s+\w+)?\s+into\b)|generate|save|implement|fetch|collect)\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex StepLead();

    [GeneratedRegex(@"\b(this|these|those|they|them|their|theirs|it|its)\b|它|这|這|那些|该|該|上述|以上|前者|后者|後者|其(?![中他它余餘實实次])", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphora();

    // "…the complex math behind them, but … their [...]": a plural pointer before the blank has its antecedent elsewhere.
    [GeneratedRegex(@"\b(they|them|their|these|those)\b|它们|它們|这些|這些", RegexOptions.IgnoreCase)]
    private static partial Regex PluralPointer();

    [GeneratedRegex(@"^(Why it'?s wrong|Why it is wrong|Note|Tip|Exam tip|Exam trap|Trap|Memory trick|Answer|Explanation|Example|Correct answer|Remember|答案|解析|注意|提示|备注|備註|说明|說明|例如|比如)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex LabelLead();

    [GeneratedRegex(@"^(19|20)\d{2}s?\s*(年代)?(\s*[-–~～至到]\s*((19|20)\d{2}s?|present|now|today|今|至今|现在|現在)\s*(年代)?)?$|[（(]\s*(19|20)\d{2}\s*(年)?\s*([-–~～至到]\s*((19|20)\d{2}|\d{2})?\s*(年)?)?\s*([^()（）]{0,6})?[)）]$")]
    private static partial Regex YearTagged();

    // "Attention在NLP領域中", "RAG从2023年以来一直": where or since when the sentence goes on about its subject ("…是一個里程碑"),
    // cut before its verb; "Receptive field 的大小如何決定": a question; "GPT-2（类似于多模态）": the writer's aside.
    [GeneratedRegex(@".在.{1,16}(中|里|裡|内|內|上)$|\p{IsCJKUnifiedIdeographs}(一直|已经|已經|通常|往往|总是|總是|仍然|依然|正在|始终|始終|不仅仅|不僅僅|不仅|不僅|不只|仅仅|僅僅)$|以来|以來|.{2}(如何|怎么|怎麼|怎样|怎樣|为什么|為什麼|为何|為何|是否)|[（(](类似|類似|类比|類比|相当于|相當於|(?i:like|similar))")]
    private static partial Regex Locative();

    // "(Transfer Learning 適用)": a title that is wholly an aside.
    [GeneratedRegex(@"^(\(.*\)|（.*）)$")]
    private static partial Regex Bracketed();
}
