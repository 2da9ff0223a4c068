using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>
/// The titles that name a side of a topic (pros, cons, limits, pain points) rather than a kind of it, and the check
/// that drops the claims listed under them as if they were terms (<c>attribute-as-term</c>).
/// </summary>
internal static partial class SubjectChecks
{
    public static bool AttributeAsTerm(StudyItem item)
    {
        if (item.Term is null || item.IsPractice || item.Kind == "Cloze")
        {
            return false;
        }

        // The section's lines are read once: whether the term opens a list line, and the line that list follows.
        var (listed, lead, above) = Listing(item);
        return IsAttributeLabel(CardText.StripNumber(item.Section.Title)) || (item.Context is { } c && IsAttributeLabel(c.Split('›')[^1]))
            || (lead is not null && (IsAttributeLabel(lead) || IsAside(lead) || IsQuestionTitle(lead) || AnalogyLeadLine().IsMatch(lead) || EndsWithAttribute(lead)))
            || (above is not null && IsQuestionTitle(above))
            || (listed && (IsAside(CardText.StripNumber(item.Section.Title)) || (item.Context is { } under && IsAside(under.Split('›')[^1]))))
            || (item.Context is { } asked && IsQuestionTitle(asked.Split('›')[^1]))
            || IsPraise(QualityText.Core(item.Term)) || (item.AnswerIsTerm && item.Options.Any(o => IsPraise(QualityText.Core(o))))
            || ComparisonRow(item) || DifferenceRow(item);
    }

    /// <summary>
    /// True for a point of difference asked as a term: "目標不同", "泛化能力" under "與一般 Fine-tune 的差異" (how Instruct
    /// models differ, never named). A side of the comparison that the title names ("GPT" under "GPT 与 BERT 的区别") stays.
    /// </summary>
    public static bool DifferenceRow(StudyItem item)
    {
        var title = Search.ChineseScript.ToSimplified(CardText.StripNumber(item.Section.Title)).Trim();
        return item.Term is { } term && (ComparisonTail().IsMatch(title) || DifferenceTitle().IsMatch(title))
            && !title.Contains(Search.ChineseScript.ToSimplified(term).Trim(), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(key\s+)?differences?\b|\bcompared (to|with)\b|\bvs\.?$|^how .+ differs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceTitle();

    /// <summary>
    /// True for a row of a comparison asked as a term: "update速度" under "Small Batch vs Large Batch", whose back weighs
    /// both sides ("Small Batch更快；…Large Batch差不多"). The row names a point of comparison, not a thing.
    /// </summary>
    public static bool ComparisonRow(StudyItem item)
    {
        var sides = ComparisonJoint().Split(CardText.StripNumber(item.Section.Title))
            .Select(s => ComparisonTail().Replace(s, "").Trim()).Where(s => s.Length >= 2).ToList();
        if (sides.Count < 2)
        {
            return false;
        }

        var said = string.Join(" ", item.AnswerIsTerm ? [item.Prompt] : new[] { item.Answer }.Concat(item.Distractors));
        return sides.Count(s => said.Contains(s, StringComparison.OrdinalIgnoreCase)) >= 2;
    }

    // "Small Batch vs Large Batch", "GPT 与 BERT 的区别", "CNN 和 RNN 对比".
    [GeneratedRegex(@"\s+(?:vs\.?|versus)\s+|\s*(?:与|與|和|跟)\s*(?=.*(?:区别|區別|对比|對比|比较|比較|差异|差異|异同|異同))", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonJoint();

    [GeneratedRegex(@"(?:的)?(?:区别|區別|对比|對比|比较|比較|差异|差異|异同|異同)$")]
    private static partial Regex ComparisonTail();

    /// <summary>
    /// True for a label that praises or rates rather than names: 故事性强, 逻辑清晰, 洞察深刻, 实用性高 (why a lecture is
    /// good), not a term to learn. A quality noun (可控性, 数据增强) is not praise.
    /// </summary>
    public static bool IsPraise(string label)
    {
        var text = Search.ChineseScript.ToSimplified(label.Trim());
        return text.Length is >= 3 and <= 6 && text.All(Notes.ScriptCounts.IsCjk) && PraiseEnd().IsMatch(text);
    }

    // A rating after a noun: "…性强", "…性高", "…清晰", "…深刻".
    [GeneratedRegex(@"(性强|性高|性好|性低|性差|性佳|清晰|深刻|丰富|简单|明确|明显|优秀|出色|突出|广泛|灵活|方便|易用|易懂|精彩|生动|有趣|实用|全面|透彻|独到)$")]
    private static partial Regex PraiseEnd();

    /// <summary>
    /// True for a title that names a side of its topic rather than a kind of it: 优点, 缺点 / 成本, 限制, 解决的痛点, Pros,
    /// Limitations. The items under such a title are claims about the topic above it, not terms.
    /// </summary>
    [GeneratedRegex(@"\b(CRITICAL|IMPORTANT|MUST[- ]KNOW|HIGH[- ]PRIORITY|HOT|KEY)\b|[!！]+|重要|重点|重點|必考|高频|高頻")]
    private static partial Regex Emphasis();

    public static bool IsAttributeLabel(string text)
    {
        // "Problems with Sigmoid", "Limitations of RAG": a side of the topic the title names.
        if (SideOf().IsMatch(text.Trim()))
        {
            return true;
        }

        // "Disadvantages ⭐ CRITICAL:" is "Disadvantages": a mark of weight or an emoji says nothing of what is listed.
        text = Emphasis().Replace(QualityText.Emoji().Replace(text, " "), " ").Trim().TrimEnd(':', '：').Trim();
        var parts = LabelJoint().Split(text).Select(p => LabelQualifier().Replace(QualityText.Key(p), "")).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(AttributeLabels.Contains);
    }

    // "LLMs are powerful but come with inherent limitations:", "它也有一些局限性：": a sentence that introduces the sides of its
    // subject; the lines under it are claims about that subject ("Generic responses: …"), not terms.
    private static bool EndsWithAttribute(string lead)
    {
        var text = lead.Trim().TrimEnd(':', '：', ' ');
        if (text.Length == 0)
        {
            return false;
        }

        var last = CardText.CjkCount(text) > 0 ? text[Math.Max(0, text.Length - 3)..] : text[(text.LastIndexOf(' ') + 1)..];
        return AttributeLabels.Contains(QualityText.Key(last)) || (last.Length == 3 && AttributeLabels.Contains(QualityText.Key(last[1..])));
    }

    /// <summary>
    /// True for a parent or title written as a why-question, a question mark or a "what … don't" frame ("What LLMs don't
    /// know", "Why LLMs hallucinate", "为什么需要 RAG"; not "How RAG works"): the lines under it answer it with reasons ("Real time data: trained on past data"), they do not
    /// define terms.
    /// </summary>
    public static bool IsQuestionTitle(string text) => QuestionTitle().IsMatch(text.Trim());

    [GeneratedRegex(@"^why\b|^what\b.*\b(don['’]?t|doesn['’]?t|can['’]?t|cannot|not)\b|[?？]$|为什么|為什麼|为何|為何", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionTitle();

    /// <summary>
    /// True for a title over lines that explain, advise, rate or list causes rather than define: a name's origin, advice,
    /// trends, an evolution, a recap, causes ("欠拟合的原因"). A sentence that defines under it still defines; its
    /// list lines do not.
    /// </summary>
    public static bool IsAside(string text) =>
        AsideTitle().IsMatch(QualityText.Key(text)) || AsideLead().IsMatch(QualityText.Key(text)) || AsideTitle().IsMatch(QualityText.Compared(text));

    // "其与一般平均法的优势在于", "区别是", "Key Takeaways and …", "Lessons learned": what follows rates, compares or sums
    // up; it does not define.
    [GeneratedRegex(@"(优势|优点|好处|缺点|不足|区别|差异|特点|局限)(在于|是|有|包括|如下)$|^(key)?takeaways|^lessonslearned|^importantpoints")]
    private static partial Regex AsideLead();

    // "Auto-regressive 名稱由來", "使用建議", "未來趨勢", "解決方案演進", "前情提要", "欠拟合的原因": a name's origin, advice, trends, how solutions
    // evolved, a recap of a course, or the causes of a problem
    // (a problem's title stays out: the fixes under it are often named techniques). The lines under them explain, advise or rate ("RAG：轉換向量資料庫（複雜）"); they do not define. ("Best
    // practices" stays out: "Completeness: diverse and comprehensive range of scenarios" under it defines.)
    // "Extra Clarity (Simple Analogies)", "Exam Focus", "考点": an analogy or what to study, not what a term is.
    [GeneratedRegex(@"(局限性|使用经验|实践经验|经验教训|直觉|直观|名称由来|名字由来|命名由来|由来|词源|字源|建议|建议事项|小建议|趋势|演进|演变|心法|前情提要|回顾|复习|原因|成因|etymology|nameorigin|trends|recap|causes|reasons)$|analog(y|ies)|类比|比喻|简单理解|通俗理解|通俗地说|打个比方|形象理解|形象比喻|examfocus|studyfocus|whattostudy|考点|考试重点|考试要点|(总结|小结)$|^(结论|summary|conclusions?|insummary)$|futuredirections?|futurework|openproblems|openchallenges|importantideas|keyideas|pointsofdistinction|differentiators|sellingpoints|^whyaws|未来方向|未来展望|展望|mitigations?|countermeasures|应对措施|应对策略|对策|缓解措施|缓解策略|examtopics|keytopics|topicstoknow|whattoknow|examtips|(practical|pro|quick)?tips$|小贴士|小技巧")]
    private static partial Regex AsideTitle();

    /// <summary>
    /// Whether the item's term opens a list line of its section (not a sentence of prose), and the line that list follows
    /// (a bold lead such as "**解決方案演進：**" or a plain "Best practices:") as plain text without its colon; the lead is
    /// null when the list opens the section or follows a heading.
    /// </summary>
    private static (bool Listed, string? Lead, string? Above) Listing(StudyItem item)
    {
        if (item.Term is not { Length: > 0 } term)
        {
            return (false, null, null);
        }

        var (lines, bare) = LinesOf.Of(item.Section);
        var at = Array.FindIndex(bare, b => b is not null && b.Contains(term, StringComparison.Ordinal));
        for (var i = at - 1; at > 0 && i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && bare[i] is null)
            {
                var lead = Bare(line).Trim().TrimEnd(':', '：', ' ');
                return (true, line.StartsWith('#') || lead.Length > MaxLead ? null : lead, BoldLineAbove(lines, i));
            }
        }

        return (at >= 0, null, null);
    }

    // "想象一下你在翻译一本外语书籍。分词器就像是你的词典", "Think of it as a library": the list plays out a likeness.
    [GeneratedRegex(@"口诀|口訣|记忆法|記憶法|助记|助記|\bmnemonic|\bmemory (trick|aid)|想象|想像|就像|好比|打个比方|打個比方|比如说|比如說|譬如|\bimagine\b|\bthink of (it|this|them) as\b|\bpicture (a|an|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnalogyLeadLine();

    // "**GIN 索引為何高效？**" over "GIN 索引的高效性來自於…：" over the list: the bold title a lead sentence opens.
    private static string? BoldLineAbove(string[] lines, int lead)
    {
        for (var i = lead - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                return line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) ? Bare(line).Trim() : null;
            }
        }

        return null;
    }

    // A lead may be a sentence ("其与一般平均法的优势在于：", "Key Takeaways and Important Points from …"); past this it is a
    // paragraph, not a lead.
    private const int MaxLead = 160;

    // A line without its emphasis and code marks, cheaply: enough to find a term in it and read a lead.
    // A section's lines, and each list line without emphasis (null for the others): read once a section, not once a
    // candidate.
    private sealed record SectionLines(string[] Lines, string?[] BareListed)
    {
        public static SectionLines Of(Notes.NoteSection section)
        {
            var lines = SectionMarkdown.Lines(section);
            return new(lines, Array.ConvertAll(lines, l => ListLine().IsMatch(l) ? Bare(l) : null));
        }
    }

    private static readonly PerSection<SectionLines> LinesOf = new(SectionLines.Of);

    private static string Bare(string line) => line.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal);

    private static readonly HashSet<string> AttributeLabels = new(new[]
    {
        "优点", "缺点", "优势", "劣势", "好处", "坏处", "限制", "局限", "局限性", "挑战", "风险", "问题", "可能问题", "痛点", "解决的痛点",
        "成本", "代价", "注意事项", "弱点", "缺陷", "thegood", "thebad", "good", "bad", "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks",
        "limitations", "challenges", "risks", "issues", "problems", "painpoints", "tradeoffs", "weaknesses", "strengths",
        "特性", "作用", "主要作用", "用途", "目的", "意义", "贡献", "核心贡献", "主要贡献", "role", "roles", "purpose", "contributions", "keycontributions",
    }, StringComparer.Ordinal);

    [GeneratedRegex(@"^(key\s+|main\s+|common\s+)?(limitations?|drawbacks?|disadvantages?|pros|cons|benefits?|advantages?|weaknesses|strengths|problems|issues)\s+(with|of|in)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex SideOf();

    // "缺點 / 成本", "优点与缺点", "Pros & Cons": where labels are joined.
    [GeneratedRegex(@"\s*(?:/|／|、|&|＆|\band\b|与|與|和)\s*")]
    private static partial Regex LabelJoint();
}
