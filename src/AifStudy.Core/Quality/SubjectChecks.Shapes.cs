using System.Text.RegularExpressions;

namespace AifStudy.Core.Quality;

/// <summary>
/// Shapes of text that are not terms, found in other authors' <c>X：Y</c> lines: a clause that continues the line
/// before, a company in a list of model providers, a count, an example or a course's aim; and a cloze sentence that
/// starts at its verb.
/// </summary>
internal static partial class SubjectChecks
{
    // "Can be implemented using [...] to…": an English sentence that starts at its verb has left its subject behind.
    [GeneratedRegex(@"^(can|could|may|might|must|should|will|would|is|are|was|were|has|have|uses|used|helps|allows|enables|provides|requires|works|makes|takes|gives|lets)\s", RegexOptions.IgnoreCase)]
    private static partial Regex VerbFirst();

    // "Mitigate risks", "Ensure compliance": a goal written as an order to the reader, not the name of a thing (verbs
    // that name few things: not "Train Set", "Use case", "Test data").
    [GeneratedRegex(@"^(configure|create|add|deploy|click|install|upload|enter|mitigate|ensure|establish|protect|foster|identify|implement|apply|define|avoid|prevent|reduce|evaluate|document|consider|understand|enable|provide|assess|audit|restrict|encrypt|verify|validate|improve|increase|minimi[sz]e|maximi[sz]e|promote|maintain|leverage|adopt|integrate|manage|monitor|choose|select|determine|address|balance|align|communicate|educate|enforce|limit|measure|track|compare|analy[sz]e|quantify|inspect|iterate|optimi[sz]e|break|be|give|keep|ask|tell|show|split|think|stay|try|specify|provide|state|tell|let|explain|describe|write)\s+(?-i:[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ImperativeLead();

    // "或者直接使用公式计算", "and then…": a clause continuing the line before it.
    // "on exam: when see ML service for…": a phrase that opens at its preposition is a remark's start, not a term.
    [GeneratedRegex(@"^(对于|對於|针对|針對|关于|關於|对每|對每|如果|假如|(?<!\S)当(?!前|下|代)|(?<!\S)當(?!前|下|代)|因为|因為|由于|由於|虽然|雖然|或者|或是|并且|並且|而且|然后|然後|所以|因此|但是|不过|不過|以及|另外|此外|而\s|而(?=[A-Za-z])|(or|and|but|then|so|also|on|in|at|for|from|by|about|into|of|throughout|during|within|across|between|after|before|under|over|through|without|with|via|among|upon|whereas|while)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ConjunctionLead();

    // "Requires labeled data", "Used to predict a value", "需要标注数据": a bullet that says something of the topic above
    // (a predicate with its subject left out), not the name of a thing.
    [GeneratedRegex(@"^((requires|needs|uses|used|reweights|combines|averages|votes|splits|selects|assigns|updates|adds|removes|computes|penalizes|penalises|shrinks|trains|fits|minimizes|minimises|maximizes|maximises|optimizes|optimises|calculates|estimates|captures|ignores|focuses|sums|ranks|normalizes|normalises|encodes|decodes|maps|has|have|is|are|was|were|can|could|may|might|must|should|will|would|provides|allows|helps|makes|takes|gives|offers|supports|includes|contains|enables|involves|reduces|increases|improves|works|learns|means|creates|generates|produces|returns|predicts|handles|builds|converts|detects|identifies|analyzes|analyses|extracts|stores|runs|trains|performs|leverages|lets|gets|keeps|finds|depends|relies|tends|based|designed|trained|does|doesn't|don't|do not|never|avoid|cannot|can't|won't|isn't|aren't|if|when|whenever|unless|describes|monitors|explains|measures|tracks|evaluates|ensures|documents|records|lists|shows|indicates|defines|protects|prevents)(\s|$)|(需要|不需要|无需|無需|可以|能够|能夠|用于|用於|适用于|適用於|不能|无法|無法|必须|必須|应该|應該|不要|切勿|避免)\p{IsCJKUnifiedIdeographs}|(若(?!干)|如果|假如|假若|倘若|[当當](?![前下代地今时時日然中局]))\s*\S|([先再](?=把|将|將|对|對|用|让|讓|给|給|从|從|做)|然后|然後|接着|接著|最后(?!一)|最後(?!一)|首先|其次|整条|整條|整个|整個|整张|整張|每个|每個|每一|所有的|这个|這個|那个|那個|这些|這些)\s*\S)", RegexOptions.IgnoreCase)]
    private static partial Regex PredicateLead();

    // "Click + Create a resource and search for [...]", "Observe predictions and adjust the [...] slider", "点击[...]按钮":
    // a step of a tutorial, whose blank is a control on a screen the card never names.
    public static bool ClozeInstruction(StudyItem item) =>
        item.Kind == "Cloze"
        && Instruction().IsMatch(QualityText.WithoutFrames(item.Prompt).Replace("Fill in the blank:", "", StringComparison.Ordinal).Trim().TrimStart('：', ':', '-', '*', ' ').TrimStart("0123456789.)".ToCharArray()).Trim());

    [GeneratedRegex(@"^((after|once|when|then|next|finally|now)\b[^,，]*[,，]\s*)?(click|select|choose|open|go to|navigate|observe|note|enter|type|search|create|sign in|sign up|log in|upload|download|press|adjust|set|copy|paste|scroll|wait|review|verify|check|drag|drop|add|remove|delete|name|give|fill|launch|start|stop|deploy|install|run|follow|return|switch|expand|collapse|toggle|save|submit|confirm|pick|tap|test)\b|^((然后|然後|接着|接著|最后|最後)[,，]?\s*)?(点击|點擊|单击|單擊|双击|雙擊|选择|選擇|打开|打開|输入|輸入|进入|進入|登录|登錄|登入|上传|上傳|下载|下載|复制|複製|粘贴|貼上|拖动|拖曳|勾选|勾選|保存|儲存|提交|确认|確認|返回|切换|切換|展开|展開|等待)", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    // "$Q_i = W_Q E_i$ 形象比喻", "y = ax + b", "\beta_i": a formula is not a term a learner can be asked to define ("R^2"
    // is a metric's name).
    /// <summary>True for a symbol of a formula or a quantity named by its symbol ("W_f", "xi", "动作A", "A矩阵").</summary>
    public static bool IsNotation(string term) => Notation().IsMatch(term.Trim());

    public static bool FormulaAsTerm(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && (Formula().IsMatch(item.AnswerIsTerm ? item.Answer : term) || Notation().IsMatch(term.Trim()) || Legend(item.Section, term));

    // "Memory for KV Cache :- 2 * Precision * n_layers * seqlen" over "- Precision:- 4 Bytes for FP32…": the list names
    // the formula's factors, each what it stands for there, not a term.
    private static bool Legend(Notes.NoteSection section, string term) =>
        (section.Markdown.Contains(" * ", StringComparison.Ordinal) || section.Markdown.Contains('×') || section.Markdown.Contains('='))
        && MeaningChecks.ListLeadIn(section, term) is { } lead && FormulaLine().IsMatch(lead)
        && lead.Contains(QualityText.Core(term).Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\S\s*[*×=]\s*\S.*\s[*×/+]\s")]
    private static partial Regex FormulaLine();

    // "Processing, Training, and Deployment": three names joined, whose back runs on over all; "迁移学习与领域自适应" answered
    // "领域自适应：使两个特征分布不一致的domain一致": two names joined, whose back answers one ("标注和语义分析", one task
    // of six, answered as one, stays).
    private static bool OneOfTwo(StudyItem item, string term)
    {
        if (ThreeNames().IsMatch(term.Trim()))
        {
            return true;
        }

        if (item.AnswerIsTerm || TwoNames().Match(Search.ChineseScript.ToSimplified(term.Trim())) is not { Success: true } m)
        {
            return false;
        }

        var back = Search.ChineseScript.ToSimplified(item.Answer.TrimStart());
        return new[] { m.Groups["first"].Value, m.Groups["second"].Value }.Any(side => back.StartsWith(side, StringComparison.Ordinal)
            && back.Length > side.Length && back[side.Length] is '：' or ':' or '是' or '指' or '，' or ',');
    }

    [GeneratedRegex(@"^(?<first>\p{IsCJKUnifiedIdeographs}{2,}[A-Za-z0-9]*)\s*(与|和|及|以及)\s*(?<second>\p{IsCJKUnifiedIdeographs}{2,})$")]
    private static partial Regex TwoNames();

    [GeneratedRegex(@"^[^,，]+,\s*[^,，]+,?\s+(and|&)\s+\S")]
    private static partial Regex ThreeNames();

    // "某个方向梯度长期很大", "安全边界更重要", "中间推理不等于真实内心", "长文本处理能力较弱", "后续衍生出多种改进版本",
    // "以餐厅订单系统的范例为例": a condition, a claim or a lead-in written as a clause, with a degree word, a comparison or a
    // verb's complement in it; a term names a thing ("长期记忆", "连续值" and "比较学习" stay).
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(很|非常|十分|更(?!新|改|换|替)|(?<!比)较(?!验)|太)\p{IsCJKUnifiedIdeographs}|不等于|等于|为例$|下来$|出来$|起来$|衍生出|长期(?!记忆|依赖|趋势)|连续(?!值|变量|型|分布|特征|空间|动作|时间|词袋)|逐渐|(相同|不同|重要|较弱|较强|很大|很小|变大|变小|变慢|变快|过小|过大|过高|过低|过多|过少|太小|太大|太多|太少|不稳定|不足)$|(成本|代价|难度|风险|门槛|延迟|开销|费用)(高|低|大|小)$")]
    private static partial Regex ChineseClause();

    /// <summary>
    /// True for an entry of a list introduced as an example or a supposition ("Suppose the retrieved chunks are:" over
    /// "- Chunk 3: \"Munnar is famous for tea…\"", "If Top-2 is chosen:", "例如："): the example's data, not terms.
    /// </summary>
    public static bool ExampleEntry(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind != "Cloze"
        && MeaningChecks.ListLeadIn(item.Section, term) is { } lead && lead != item.Section.Title
        // A bare "Examples:" or "例如：" over named kinds ("Poisoning Attacks: …") introduces terms; a supposition says more.
        && ExampleLead().Match(lead) is { Success: true } m && lead.Length > m.Length + MinSupposition;

    private const int MinSupposition = 3;

    [GeneratedRegex(@"^(suppose|say|imagine|assume|assuming|if|for example|for instance|e\.g\.|consider|假设|假如|如果|例如|比如|举个例子|譬如)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleLead();

    // "xi", "w_i", "θ", "b'": a symbol of a formula, which names nothing outside it ("AI", "ML" are upper case and stay).
    // "动作A", "状态 S", "奖励（R）": a quantity named with its symbol, which the note then maps onto its own setting
    // ("动作A：输出 response" holds for RL in an LLM, not for RL).
    [GeneratedRegex(@"^([a-z][a-z0-9_'′*]{0,2}|[α-ωΑ-Ω][a-z0-9_'′*]{0,2})$|^[A-Za-zα-ωΑ-Ω]_\{?[A-Za-z0-9]{1,4}\}?(\s*\(.*\))?$|^\p{IsCJKUnifiedIdeographs}{1,6}\s*[(（]?\s*[A-Za-zα-ωΑ-Ω](_?[a-z0-9]|′|')?\s*[)）]?$|^[A-Za-zα-ωΑ-Ω](_?[a-z0-9]|′|')?\s*(矩阵|矩陣|向量|参数|參數|权重|權重|张量|張量)$")]
    private static partial Regex Notation();

    [GeneratedRegex(@"[=$\\]|_\{|\^(?!\d)|\^.*\s|\s.*\^")]
    private static partial Regex Formula();

    // A company in a list of model providers ("Meta: open source llama model"): a vendor, not a term to define.
    public static bool VendorAsTerm(StudyItem item) =>
        item.Term is { } term && !item.IsPractice && item.Kind is "TermDefinition" or "MultipleChoice" or "TrueFalse" or "Matching"
        && Vendors.Contains(QualityText.Key(term)) && !DefinesCompany().IsMatch(item.AnswerIsTerm ? item.Prompt : item.Answer);

    // "Hugging Face是一个汇聚各类开源大模型的平台": a back that says what the company or platform is.
    [GeneratedRegex(@"是一[个家种個家種]|\b(is|are) (a|an|the)\b|平台|公司|company|platform", RegexOptions.IgnoreCase)]
    private static partial Regex DefinesCompany();

    private static readonly HashSet<string> Vendors = new(new[]
    {
        "meta", "amazon", "aws", "google", "microsoft", "openai", "anthropic", "cohere", "ai21", "ai21labs", "stabilityai", "stability",
        "mistral", "mistralai", "nvidia", "ibm", "apple", "deepseek", "百度", "阿里", "阿里巴巴", "阿里云", "腾讯", "字节", "字节跳动",
        "华为", "智谱", "月之暗面", "讯飞", "科大讯飞",
    }, StringComparer.Ordinal);

    // "监督学习两个问题", "三种方法", "流程应用范例", "課程目標": a count of things, an example or a course's aim, not a term.
    [GeneratedRegex(@"^(two|three|four|five|six|seven|eight)(main|key|major|basic|common|core)?(types|kinds|categories|ways|steps|stages|parts|components|approaches|methods|classes|families)|([两二三四五六七八九十几\d]\s*[个個种種类類大项項点點]\s*(问题|問題|方法|类型|類型|方面|步骤|步驟|阶段|階段|原因|特点|特點|部分|任务|任務)?)$|^\p{IsCJKUnifiedIdeographs}{2,4}(范例|範例|示例|例子|案例|举例|舉例|实例|實例)$|^(课程|課程|学习|學習|本课|本課|本章|本节|本節)(目标|目標|大纲|大綱|内容|內容|重点|重點)$|^(解决|解決)(方法|办法|辦法|方案)$|^(常见|常見|常用|典型|主要)(的)?\p{IsCJKUnifiedIdeographs}{2,8}$")]
    private static partial Regex CountOrExampleLabel();

    // "蓝色虚线", "紫色曲线", "the red curve": a figure's legend, whose subject is a chart the learner never sees. "算法A",
    // "Model B", "方案1": the stand-ins of a made-up example, which mean nothing outside it.
    [GeneratedRegex(@"^(the\s+)?(红|紅|橙|黄|黃|绿|綠|青|蓝|藍|紫|黑|白|灰|粉|棕|褐)色?的?(虚|虛|实|實|点|點|直|粗|细|細)?(线|線|曲线|曲線|折线|折線|点|點|柱|区域|區域|箭头|箭頭)$|^(the\s+)?(red|orange|yellow|green|blue|purple|violet|black|white|grey|gray|pink|brown)\s+((dashed|dotted|solid|thick|thin)\s+)?(line|curve|dots?|bars?|area|region|arrow|points?)$|^(算法|模型|方案|方法|策略|分类器|分類器|选项|選項|系统|系統|algorithm|model|option|approach|classifier|system|method|strategy)\s*[A-Z]$", RegexOptions.IgnoreCase)]
    private static partial Regex LegendOrPlaceholder();

    // "lambda-based", "rule-driven", "human-like": an adjective with its noun left in the heading above.
    [GeneratedRegex(@"^[\p{L}\d]+-(based|driven|like|aware|oriented|powered|specific|free|only)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdjectiveTerm();

    // "更高层", "第N层" (above), "训练前", "微调后", "Before training": a rung of a ladder or a stage of a process, named
    // only by where it sits; the subject it belongs to is elsewhere. "Difference to Batch Normalization", "与 BERT 的区别": a
    // comparison, named by the other side.
    [GeneratedRegex(@"^(更|较|最|越)?(高|低|深|浅|上|下|底|顶|中间)(层|层次|层级)$|^higher(layers?|levels?)$|^lower(layers?|levels?)$|^\p{IsCJKUnifiedIdeographs}{1,4}(之|以)?(前|后)$|^(before|after)[a-z]|^(current|modern|early|recent|next|previous|earlier|later|new|old)(era|phase|period|generation|wave|days)$|^(differences?|comparison|compared|contrast|relation(ship)?)(to|from|with|between|vs)|^(与|和|跟)\p{IsCJKUnifiedIdeographs}{1,10}的?(区别|不同|对比|比较)$")]
    private static partial Regex RelativeLabel();

    // "Primary Method", "Key Feature", "Best Use Case": a field of a template, named by rank and kind, not a term; nor is
    // "Basic AI Terminology", the heading of a run of words to know.
    [GeneratedRegex(@"^(primary|main|key|core|best|typical|common|general|overall|basic|major|central)(methods?|approach(es)?|goals?|objectives?|purposes?|features?|usecases?|techniques?|ideas?|benefits?|advantages?|challenges?|limitations?|outputs?|inputs?|examples?|tasks?|functions?|roles?|components?|uses?|applications?|strengths?|weaknesses?|mechanisms?|concerns?|focus|principles?)$|(terminology|vocabulary|glossary|keyterms|keyconcepts|术语表|名词解释)$")]
    private static partial Regex RankedFieldLabel();

    // "Labeled vs Unlabeled", "RAG 與微調的區別": two things compared, not one term.
    [GeneratedRegex(@"\s(vs\.?|versus)\s|(与|與|和).+(的)?(区别|區別|对比|對比|比较|比較|差异|差異)$", RegexOptions.IgnoreCase)]
    private static partial Regex Versus();

    // "示例胜过描述", "Examples beat descriptions": a maxim that weighs one thing against another, not a concept.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(胜过|勝過|胜于|勝於|优于|優於|强于|強於|好过|好過|不如|大于|大於)\p{IsCJKUnifiedIdeographs}|\b(beats?|trumps?|outperforms?|is better than|are better than)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Maxim();
}
