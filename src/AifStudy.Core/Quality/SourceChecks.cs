using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Checks on where an item came from: a section with nothing to learn, a mock exam, a reading list, a list with no order.</summary>
internal static partial class SourceChecks
{
    private const int MinSectionText = 8;

    public static readonly IReadOnlyList<ItemCheck> All =
    [
        new("empty-section", "made from an empty or placeholder section", EmptySection),
        new("mock-exam-source", "made from a practice question and its answer key, which the learner never sees as such", MockExam),
        new("summary-section", "made from a chapter's summary or the author's lessons (\"本章小结 › 核心要点\", \"Key Takeaways\", \"我的实践心得\"): its lines restate the chapter as headings and advice, and its title names no subject", SummarySection),
        new("non-content-section", "made from a reading list, links, a table of contents, a checklist, or a repository's own pages (contributing, license, a video blurb)", NonContent),
        new("translation-card", "an English sentence that asks nothing, with its translation on the back", i => i.Kind == "BilingualPair"),
        new("use-case-restated", "a use case or example asked as if it were a term: its \"definition\" restates it (\"新闻生成\" → \"AI 生成新闻\")", UseCase),
        new("list-membership", "\"which belongs to X\" with options drawn from other lists: the only one of its kind, or two that belong", i => i.Subject is { } s && (s.StartsWith("example:", StringComparison.Ordinal) || s.StartsWith("prose-example:", StringComparison.Ordinal) || s.StartsWith("response:", StringComparison.Ordinal) || s.StartsWith("prose-response:", StringComparison.Ordinal))),
        new("process-step-as-term", "a step of a how-to list asked as if it were a term (\"确定需求\" answered by the note's example need)", ProcessStep),
        new("outline-section", "an entry of the note's own table of contents (\"3. Prompt Design: System vs. User Prompts\" over the chapter of that title): a chapter title, not a term and its definition", i => !i.IsPractice && i.OutlineSections.Contains(i.Section.Index)),
        new("course-narration", "a sentence about the course or the notes themselves (\"Day 12 我們完成了…\", \"下一章…\", \"In this lesson we…\"), not a fact to learn", i => !i.IsPractice && (i.Texts.Any(t => CourseNarration().IsMatch(t)) || CourseTitle().IsMatch(i.Section.Title))),
        new("link-as-definition", "a term whose \"definition\" is only a link's text, a paper's or an article's title (\"SAIL: [Self-Improving Efficient Online Alignment of …](…)\"): a reading list, and the title spells out the name", LinkAsDefinition),
        new("criterion-entry", "an entry of a list of criteria for a decision (\"判斷標準\" › \"資料量少：你自己蒐集的圖片只有幾百張 -> 必用！\", \"When to use\"): a condition, not a term", i => !i.IsPractice && i.Kind is "TermDefinition" or "MultipleChoice" or "TrueFalse" && Criteria().IsMatch(i.Section.Title)),
        new("tip-entry", "an entry of a list of tips (\"Top 40 General Tips\" › \"Minimize Operational Overhead: pick serverless…\", or under a list item \"Tips for more accurate results\"): advice, of which several fit one description", i => !i.IsPractice && i.Kind is "TermDefinition" or "MultipleChoice" or "TrueFalse" && (TipsTitle().IsMatch(i.Section.Title) || (i.Context is { } c && TipsTitle().IsMatch(c.Split('›')[^1])))),
        new("problem-fix", "an entry of a list of problems and their fixes (\"常见问题与解决方案\" › \"过拟合：提高 Dropout…\", \"Troubleshooting\"): the back is the fix, not what the problem is", i => !i.IsPractice && (i.Section.Path.Any(t => ProblemsAndFixes().IsMatch(t)) || (i.Context is { } c && ProblemsAndFixes().IsMatch(c.Split('›')[^1])))),
        new("defined-twice", "a term its section defines twice with different meanings (\"SageMaker Clarify\" under \"Foundation model evaluation\" and again under \"Bias detection\"): a back answers one of them", DefinedTwice),
        new("avoid-entry", "an entry under a list of what not to use (\"anti-choices\" › \"step function: not differentiable…\", \"避免使用\"): the reason against it, not what it is", i => !i.IsPractice && i.Context is { } c && AvoidLabel().IsMatch(c.Split('›')[^1])),
        new("order-that-is-not-an-order", "asks for an order of a list that has none (not steps, stages or a process)", Unordered),
    ];

    // Steps named by numbered subsections come from those subsections, and a mindmap's branches from the diagram: their
    // section may well have no text of its own.
    public static bool EmptySection(StudyItem item) =>
        item.Kind is not ("OrderedListRecall" or "Ordering") && item.Subject?.StartsWith("mindmap:", StringComparison.Ordinal) != true
        && (item.Section.IsEmpty || item.Section.IsPlaceholder || ThinSections.Of(item.Section));

    // Once a section: every candidate of a section asked whether it says enough, each normalising the whole section.
    private static readonly PerSection<bool> ThinSections = new(s => CardText.Normalize(s.PlainText).Length < MinSectionText);

    /// <summary>
    /// Two or more lettered options (<c>A. …</c>) or an answer key (<c>答案：B</c>, <c>Answer: C</c>), for anything but the
    /// author's own practice question asked as written (<see cref="Quizzes.PracticeQuestions"/>).
    /// </summary>
    public static bool MockExam(StudyItem item) =>
        !item.IsPractice && MockExamSections.Of(item.Section);

    private static readonly PerSection<bool> MockExamSections = new(s => AnswerKey().IsMatch(s.Markdown) || LetteredOption().Count(s.Markdown) >= 2
        || s.Path.Any(t => QuizTitle().IsMatch(CardText.StripNumber(QualityText.Emoji().Replace(t, "")).Trim())));

    // "Review Questions", "Practice Quiz", "练习题", "自我测验", "面试必问": the author's own questions and their key.
    [GeneratedRegex(@"^((chapter|end[- ]of[- ]chapter|review|practice|sample|mock|exam|self[- ]check|self[- ]test|knowledge[- ]check|quiz)\s+)?(questions?|quiz(zes)?|q\s*&\s*a|exercises?)$|^(练习题|練習題|习题|習題|自测题?|自測題?|自检|自檢|自我测验|自我測驗|测验|測驗|模拟题|模擬題|考题|考題|真题|真題|问答题|問答題|课后练习|課後練習|面试必问|面試必問|面试题|面試題|面试问题|面試問題|面试高频题|面試高頻題)$|^interview\s+(questions?|q\s*&\s*a)$", RegexOptions.IgnoreCase)]
    private static partial Regex QuizTitle();

    // "- SAIL: [Self-Improving Efficient Online Alignment of Large Language Models](https://arxiv.org/…)".
    public static bool LinkAsDefinition(StudyItem item)
    {
        // Every link entry has "](": most sections have none, and need not be cut into lines.
        if (item.Term is not { Length: > 0 } term || item.IsPractice || !item.Section.Markdown.Contains("](", StringComparison.Ordinal))
        {
            return false;
        }

        return LinkTerms.Of(item.Section).Contains(term);
    }

    // The terms of a section's link entries, read once a section.
    private static HashSet<string> LinkEntryTerms(Notes.NoteSection section)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in SectionMarkdown.Lines(section))
        {
            if (LinkEntry().Match(line) is { Success: true } m)
            {
                terms.Add(m.Groups["term"].Value.Trim());
            }
        }

        return terms;
    }

    private static readonly PerSection<HashSet<string>> LinkTerms = new(LinkEntryTerms);

    // Also the whole entry as the link: "- [SAIL: Self-Improving Efficient Online Alignment of …](https://arxiv.org/…)".
    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+(?:(?:\*\*|__)?(?<term>[^:：\[\]*]{1,60}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\[[^\]]+\]\([^)]*\)(?:\*\*|__)?|\[(?<term>[^:：\[\]*]{1,60}?)\s*[:：][^\]]+\]\([^)]*\))\s*[.。]?\s*$")]
    private static partial Regex LinkEntry();

    public static bool DefinedTwice(StudyItem item) =>
        !item.IsPractice && item.Term is { Length: > 0 } term && item.Section.Definitions.Count > 1
        && item.Section.Definitions.Where(d => ServiceName(d.Term) == ServiceName(term)).Select(d => CardText.Normalize(d.Definition)).Distinct(StringComparer.Ordinal).Count() > 1;

    // "Amazon SageMaker Clarify" and "SageMaker Clarify" name one service.
    private static string ServiceName(string term) => MakerPrefix().Replace(CardText.Normalize(term), "");

    [GeneratedRegex(@"^(amazon|aws)\s*")]
    private static partial Regex MakerPrefix();

    public static bool UseCase(StudyItem item)
    {
        if (item.IsPractice || item.Kind is not ("TermDefinition" or "DefinitionTerm" or "TrueFalse" or "MultipleChoice" or "Matching"))
        {
            return false;
        }

        var parent = item.Term is { Length: > 0 } term ? ParentLine(item.Section.Markdown, term) : null;
        if (parent is not null && UseCaseTitle().IsMatch(parent))
        {
            return true;
        }

        // "Core Capabilities and Use Cases" over "- Key Services (What it does):" › "- Language Detection: …": a title that
        // names use cases beside something else leaves it to the item's parent line, when it has one.
        // "**化工應用案例：**" over "- **CNN**：自動分析顯微影像…": a bold line, not a list line, brings in the examples.
        return UseCaseTitle().IsMatch(item.Term ?? "")
            || (parent is null && item.Term is { Length: > 0 } entry && UseCaseSections.Of(item.Section)
                && MeaningChecks.ListLeadIn(item.Section, entry) is { } lead && (item.Section.Path.Count == 0 || lead != item.Section.Path[^1]) && UseCaseTitle().IsMatch(lead) && !UseCasesBeside().IsMatch(lead))
            || new[] { item.Context ?? "" }.Concat(item.Section.Path).Any(t => UseCaseTitle().IsMatch(t) && !(parent is not null && UseCasesBeside().IsMatch(t)));
    }

    // Most sections name no use case: tell that once a section, before reading its lines.
    private static readonly PerSection<bool> UseCaseSections = new(s => UseCaseTitle().IsMatch(s.Markdown));

    [GeneratedRegex(@"\S\s*(\band\b|&|与|與|和|及|/)\s*(use cases?|applications?|scenarios?|examples?|使用案例|用例|应用场景|應用場景|使用场景|使用場景|适用场景|適用場景)|(use cases?|applications?|scenarios?|examples?|使用案例|用例|应用场景|應用場景|使用场景|使用場景|适用场景|適用場景)\s*(\band\b|&|与|與|和|及|/)\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex UseCasesBeside();

    // The list line a term's line is nested under ("- **經典應用場景**：" over "  - **防空預警雷達**：…"), or null.
    private static string? ParentLine(string markdown, string term)
    {
        var lines = ListLines.Of(markdown);
        var at = Array.FindIndex(lines.Texts, t => t is not null && t.StartsWith(term, StringComparison.Ordinal));
        if (at < 0)
        {
            return null;
        }

        for (var i = at - 1; i >= 0; i--)
        {
            if (!lines.Blank[i] && lines.Indents[i] < lines.Indents[at])
            {
                return lines.Texts[i];
            }
        }

        return null;
    }

    /// <summary>
    /// A section's lines read once for <see cref="ParentLine"/>: each line's indent, whether it is blank, and its list item's
    /// text without bold marks (null when it is no list item). The checks ask for every item of a section in turn, so the
    /// last section's lines are kept (one per thread).
    /// </summary>
    private sealed record ListLines(string Markdown, int[] Indents, bool[] Blank, string?[] Texts)
    {
        [ThreadStatic]
        private static ListLines? last;

        public static ListLines Of(string markdown)
        {
            if (last is { } kept && ReferenceEquals(kept.Markdown, markdown))
            {
                return kept;
            }

            var lines = markdown.Split('\n');
            var indents = new int[lines.Length];
            var blank = new bool[lines.Length];
            var texts = new string?[lines.Length];
            for (var i = 0; i < lines.Length; i++)
            {
                indents[i] = lines[i].Length - lines[i].AsSpan().TrimStart().Length;
                blank[i] = lines[i].AsSpan().Trim().IsEmpty;
                texts[i] = ListItem().Match(lines[i]) is { Success: true } m ? m.Groups["text"].Value.Replace("**", "", StringComparison.Ordinal) : null;
            }

            return last = new ListLines(markdown, indents, blank, texts);
        }
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)、])\s+(?<text>.*)$")]
    private static partial Regex ListItem();

    public static bool NonContent(StudyItem item) => NonContentSections.Of(item.Section);

    private static readonly PerSection<bool> NonContentSections = new(s => s.Path.Any(t => NonContentTitle().IsMatch(t)));

    [GeneratedRegex(@"(答案|答|Answers?|Correct answers?|正确答案|正確答案|解答)[*_\s]*[:：][*_\s]*\(?[A-E]\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerKey();

    [GeneratedRegex(@"(?m)^\s*(?:[-*+]\s+)?(?:\*\*)?\(?[A-E](?:[\.\)、．:：]|\s*\))\s*\S")]
    private static partial Regex LetteredOption();

    [GeneratedRegex(@"使用案例|实践案例|實踐案例|实战案例|實戰案例|项目案例|項目案例|用例|应用场景|應用場景|使用场景|使用場景|适用场景|適用場景|应用案例|應用案例|业务应用|業務應用|行业应用|行業應用|应用领域|應用領域|use cases?|applications? of|business applications?|industry|industries|scenarios?|example", RegexOptions.IgnoreCase)]
    private static partial Regex UseCaseTitle();

    [GeneratedRegex(@"\bDay\s*\d+\b|下一章|上一章|下一[课課节節讲講]|上一[课課节節讲講]|这节课|這節課|本节课|本節課|我们将|我們將|我们完成|我們完成|我们来|我們來|我们学习|我們學習|\bin this (lesson|chapter|section|course|module|video|post|article)\b|\bnext (lesson|chapter|module|section)\b|\bwe will\b|\bwe'll\b|\blet's\b|\blet us\b|本专案|本專案|本项目|本項目|\b(this|our) project\b|跟大家|和大家分享|大家好|小伙伴|小夥伴", RegexOptions.IgnoreCase)]
    private static partial Regex CourseNarration();

    // A section about the lesson itself ("为什么这节课如此特别？", "About this course"): what it lists are its merits.
    [GeneratedRegex(@"这节课|這節課|本节课|本節課|这门课|這門課|本课程|本課程|这堂课|這堂課|\b(this|the) (course|lecture|lesson|class)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourseTitle();

    [GeneratedRegex(@"今日记录|今日記錄|学习记录|學習記錄|学习日志|學習日誌|打卡|动手任务|動手任務|课后作业|課後作業|\bhomework\b|\bto-?do\b|\bdaily log\b|参考|參考|\bReferences?\b|\bResources\b|\b(learning|further|additional|useful|recommended|reading)\s+sources\b|^sources$|学习资源|學習資源|Further reading|延伸阅读|延伸閱讀|相关阅读|相關閱讀|链接|鏈接|連結|\bLinks\b|目录|目錄|Table of contents|Checklist|清单|清單|致谢|致謝|Acknowledg|Changelog|更新日志|贡献|貢獻|Contribut|维护说明|維護說明|\bLicen[sc]e\b|许可证|許可證|版权|版權|Copyright|免责|免責|Disclaimer|关于作者|關於作者|About the author|从视频|從影片|视频中|影片中|in this video|Sponsor|赞助|贊助|Star History|\bOutline\b|大纲|大綱|Structure Overview|本文结构|本文結構|\bR[eé]sum[eé]\b|简历|簡歷|履歷|Mini-?projects?|Project ideas|Side projects?|Portfolio|Beyond (the )?Certification|^Interview (tips|prep)[a-z]*$|面试技巧|面試技巧|下一步|\bNext steps?\b|What's next|后续学习|後續學習|学习路线|學習路線|交叉索引|Cross[- ]?(index|reference)|学习建议|學習建議|考試準備|考试准备|\bquestion (patterns|formats|types)\b|\bupgrade path\b|\broadmap\b|路线图|路線圖|\bexam (format|structure|experience|logistics)\b|备考|備考|\bexam prep(aration)?\b|(?:^|[\s\d.、])(课程|課程|学习|學習)(目标|目標)$|(课程|課程)(地图|地圖)|\b(learning|course) (objectives|outcomes|goals)\b|学习路径|學習路徑|学习计划|學習計劃|项目推荐|項目推薦|专案推荐|專案推薦|应用前景|應用前景|发展前景|發展前景|未来展望|未來展望|Learning path|Study plan|Recommended projects|\bLabs?\b|\bLab-?\d|Hands-on|Walk-?through|\bDemo\b|实操|實操|上机实验|上機實驗|动手实验|動手實驗", RegexOptions.IgnoreCase)]
    private static partial Regex NonContentTitle();

    // Below the note's own title: a note called "RAG 知识点总结" is a note, not a summary of one.
    public static bool SummarySection(StudyItem item) =>
        !item.IsPractice && SummarySections.Of(item.Section);

    // The first title is the note's own, unless the note has none over its chapters ("## 07 · 小结与自检" at the top).
    private static readonly PerSection<bool> SummarySections = new(s => s.Path.Skip(s.Level >= 2 && s.Path.Count == 1 ? 0 : 1).Any(t => SummaryTitle().IsMatch(Search.ChineseScript.ToSimplified(CardText.StripNumber(QualityText.Emoji().Replace(t, " ").Trim())).Trim())));

    [GeneratedRegex(@"^(本章|本节|本篇|本文|本课|章节|课程)?(小结|总结|回顾|要点回顾|重点回顾|知识回顾)((与|和|及|&)\s*(自检|自测|思考|练习|展望|反思|延伸))?$|^.{0,8}(心得|体会|感悟)$|^(my\s+)?(lessons learned|personal (notes|tips|takeaways))$|^(chapter\s+|section\s+|lesson\s+)?(summary|recap|wrap[- ]?up|conclusions?|key takeaways|takeaways|in summary)$|^(关键|主要|核心)?结论$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryTitle();

    [GeneratedRegex(@"问题.{0,4}(与|和|及|&)?\s*(解决|对策|應對|应对|处理|處理|解法)|問題.{0,4}(與|和|及|&)?\s*(解決|對策|應對|處理|解法)|踩坑|排错|排錯|\btroubleshoot|\b(problems?|issues?|pitfalls?|errors?)\s*(and|&)\s*(solutions?|fixes|remedies)\b|\bcommon (problems|issues|pitfalls)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemsAndFixes();

    [GeneratedRegex(@"判断标准|判斷標準|选择标准|選擇標準|适用条件|適用條件|使用时机|使用時機|何时使用|何時使用|何时用|何時用|\bwhen (to|should you) use\b|\bdecision criteria\b|\bselection criteria\b", RegexOptions.IgnoreCase)]
    private static partial Regex Criteria();

    [GeneratedRegex(@"\b(tips|tricks)\b|小技巧|技巧$|建议$|建議$|窍门|竅門", RegexOptions.IgnoreCase)]
    private static partial Regex TipsTitle();

    [GeneratedRegex(@"\banti[- ]?(choices?|patterns?)\b|\bavoid\b|\bwhy not\b|\bnot (to )?use\b|\bdon'?t use\b|\bdo not use\b|不推荐|不推薦|不要用|避免使用|反模式", RegexOptions.IgnoreCase)]
    private static partial Regex AvoidLabel();
}
