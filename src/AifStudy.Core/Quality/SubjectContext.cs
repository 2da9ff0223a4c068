using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// What a prompt names so that its subject stands alone: the section it comes from, and the section above that when
/// the section's own title says little ("优点", "Overview", "场景 2").
/// </summary>
public static partial class SubjectContext
{
    private const int MaxLength = 40;

    /// <summary>
    /// <see cref="Of"/> for a term that needs it ("多对一", "闭源", "chain": short, or a lower-case phrase), null for a
    /// term that stands alone ("Transformer", "正则化", "大语言模型").
    /// </summary>
    public static string? IfAmbiguous(NoteSection section, string term) => SubjectChecks.IsAmbiguous(term) ? Of(section, term) : null;

    /// <summary>
    /// The owner a section's title gives its term ("大模型LLM" in "3.大模型LLM的 训练目标" for "训练目标"), or null when the
    /// title is not "owner 的 term".
    /// </summary>
    public static string? OwnerInTitle(NoteSection section, string term)
    {
        ArgumentNullException.ThrowIfNull(section);
        return OwnedTitle().Match(Clean(section.Title ?? "")) is { Success: true } m && CardText.Normalize(m.Groups["term"].Value) == CardText.Normalize(term)
            && m.Groups["owner"].Value.Trim() is { Length: > 0 } owner && !SubjectChecks.IsLabel(owner) ? owner : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<owner>.{2,30}?)\s*的\s*(?<term>\S.*)$")]
    private static partial System.Text.RegularExpressions.Regex OwnedTitle();

    /// <summary>
    /// <paramref name="label"/> (a parent item naming a term's context) placed in its section when it is a field label
    /// or says little alone: "使用場景" under "SageMaker Model Cards" is "SageMaker Model Cards › 使用場景".
    /// </summary>
    public static string Place(NoteSection section, string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (IsSentence(label))
        {
            // "大模型训练优化需要解决算法、数据、算力三个方向的问题" is a claim, not a place: the section's title names it.
            return section.Path.Select(Clean).LastOrDefault(t => t.Length is > 0 and <= MaxLength && !Numbering().IsMatch(t) && !IsSentence(t) && !SaysLittle(t)) ?? label;
        }

        // A parent that names no product or model of its own ("核心功能", "記錄的信息類型") is placed under its section
        // ("AWS Glue › 核心功能"); one that does ("Amazon Macie", "SageMaker Model Cards") stands alone.
        var named = label.Any(char.IsAsciiLetter) && !SaysLittle(label);
        var where = Titles(section, label).LastOrDefault(t => !SaysLittle(t));
        return !named && where is not null && !CardText.ContainsNormalized(label, where) ? where + " › " + label : label;
    }

    /// <summary>
    /// The section path that places <paramref name="term"/>: the nearest title that is not a label, with the one above
    /// it when that title is a label or a short phrase of its own; null when no title says more than the term.
    /// </summary>
    public static string? Of(NoteSection section, string term) =>
        NearestTitles(section, term) is { } t ? (SaysLittle(t.Last) ? t.Named : t.Named is null ? t.Last : t.Named + " › " + t.Last) : null;

    /// <summary>
    /// The nearest title that places <paramref name="term"/> ("神经网络层"), with the one above it only when that title is a
    /// field label ("批量大小 › 影响"); null when no title says more than the term.
    /// </summary>
    public static string? Nearest(NoteSection section, string term) =>
        NearestTitles(section, term) is { } t
            ? (!SaysLittle(t.Last) ? (Topic(section, term, t.Last) is { } topic ? topic + " › " + t.Last : t.Last) : t.Named is null ? null : t.Named + " › " + t.Last)
            : null;

    /// <summary>
    /// The title above <paramref name="title"/> that names the note's topic when neither the title nor the term does:
    /// "共性痛点" and "持续改进的测试和监控" are RAG's ("RAG 痛点总结", "RAG 架构概览" above them), "关键技术" is QLoRA's. A
    /// Chinese title with no name of its own ("优化方向") says what is said of a topic without saying which; the nearest
    /// title above with a name in Latin letters (RAG, QLoRA, LLM, Bedrock) does, or else the note's front-matter title.
    /// Null when the title or the term has a name, or nothing above has one.
    /// </summary>
    internal static string? Topic(NoteSection section, string term, string title)
    {
        // An English title of common words only ("Pipeline Components", "Two Components", "Sampling") is as nameless,
        // whatever its capitals, and so is an English term under it ("Basic retrieval", "Discriminator").
        var commonWords = IsCommonWords(title) || FollowUpTitle().IsMatch(ChineseScript.ToSimplified(title));
        if (!commonWords && (CardText.CjkCount(title) == 0 || HasName(title) || HasName(term)))
        {
            return null;
        }

        var titles = Titles(section, term);
        var at = titles.LastIndexOf(title);
        var above = at <= 0 ? null : titles.Take(at).LastOrDefault(t => HasName(t) && !SaysLittle(t) && !IsCommonWords(t));

        // No title above names it: the note's own title in its front matter may ("检索增强生成（RAG）" over "扩展架构").
        return above ?? (section.NoteTopic is { } topic && HasName(topic) && !SaysLittle(topic) && !CardText.ContainsNormalized(topic, term)
            ? Whole(Clean(topic)) is { Length: > 0 and <= MaxLength } whole ? whole : null
            : null);
    }

    // "后续发展", "关键设计", "应用技巧": what came after, or how it is built or used, without saying what: ALBERT under
    // "后续发展" is BERT's.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(后续|相关)(发展|工作|研究|改进)$|^(关键|核心|主要)设计$|^应用技巧$|^(主要)?变体$|^(改进|扩展)(方向|版本)?$")]
    private static partial System.Text.RegularExpressions.Regex FollowUpTitle();

    private static bool IsCommonWords(string title) =>
        CardText.CjkCount(title) == 0 && LatinWords().Matches(title) is { Count: > 0 and <= 3 } words
        && words.All(w => CommonTitleWords.Contains(w.Value.ToLowerInvariant()));

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z]+")]
    private static partial System.Text.RegularExpressions.Regex LatinWords();

    // The words of a title that says which part or aspect without saying of what.
    private static readonly HashSet<string> CommonTitleWords = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "two", "three", "four", "five", "key", "main", "core", "basic", "basics", "common", "components", "component",
        "pipeline", "parts", "elements", "building", "blocks", "stages", "steps", "phases", "types", "kinds", "categories", "methods",
        "approaches", "techniques", "strategies", "options", "modes", "variants", "sampling", "evaluation", "metrics", "parameters",
        "settings", "concepts", "features", "properties", "characteristics", "architecture", "workflow", "process", "how", "it", "works",
        "cost", "savings", "pricing", "ways", "structure", "design", "setup",
    };

    // "RAG", "QLoRA", "Amazon Bedrock", "LLM 功能": a word in Latin letters with a capital, as product and model names are.
    private static bool HasName(string text) => NameWord().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]*[A-Z][A-Za-z]*[A-Za-z](?![A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex NameWord();

    // The section's nearest usable title and the nearest one above it that is not a label (null when none is).
    private static (string Last, string? Named)? NearestTitles(NoteSection section, string term)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(term);
        var titles = Titles(section, term);
        return titles.Count == 0 ? null : (titles[^1], titles.Take(titles.Count - 1).LastOrDefault(t => !SaysLittle(t)));
    }

    // The section path's titles that can name a context for the term: no course numbering, no sentences, not the term.
    private static List<string> Titles(NoteSection section, string term)
    {
        var key = CardText.Normalize(term);
        return UsableTitles.Of(section)
            .Where(t => !(key.Length > 0 && t.Key.Contains(key, StringComparison.Ordinal)) && !(t.Key.Length > 0 && key.Contains(t.Key, StringComparison.Ordinal)))
            .Select(t => t.Text)
            .ToList();
    }

    // A section's titles as a context shows them, cleaned and sifted once a section (a section has dozens of terms), with
    // their comparison keys.
    private static readonly PerSection<(string Text, string Key)[]> UsableTitles = new(section =>
        section.Path.Select(Clean)
            .Select(t => t.Length > MaxLength ? TrailingAside().Replace(t, "").Trim() : t)
            .Where(t => t.Length is > 0 and <= MaxLength && !Numbering().IsMatch(t) && !StudyLabel().IsMatch(t) && !IsSentence(t))
            .Select(t => (t, CardText.Normalize(t)))
            .ToArray());

    // "Core Dimensions of Responsible AI (features of responsible AI)": the aside after a long title's name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(（][^()（）]*[)）]\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingAside();

    // A title that is a label says little of its own ("优点", "Overview"); one that names its topic before the label
    // ("RAG 的工作原理", "RAG 的優點") places what is under it.
    private static bool SaysLittle(string title) =>
        SubjectChecks.IsLabel(title) && !(TopicOfLabel().Match(Search.ChineseScript.ToSimplified(title).Trim()) is { Success: true } m && !SubjectChecks.IsLabel(m.Groups["topic"].Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<topic>\S.{1,29}?)\s*的\s*\S{2,8}$")]
    private static partial System.Text.RegularExpressions.Regex TopicOfLabel();

    /// <summary>True when a section's title, as a context would show it, is a sentence ("模型的参数，以ChatGLM-6B为例").</summary>
    public static bool IsSentenceTitle(string title) => IsSentence(Clean(title ?? ""));

    // A title as a context shows it: no number, emoji, exam-guide label or bare link label ("(Link)", "[原文]").
    private static string Clean(string title) =>
        Slug().IsMatch(title.Trim()) ? "" : Whole(Weight().Replace(GuideLabel().Replace(CardText.StripNumber(LinkLabel().Replace(QualityText.Emoji().Replace(title, ""), "").Trim()), ""), "").TrimEnd(':', '：', ' '));

    // "Generative AI Fundamentals (24%)": the exam guide's weight of a domain is no part of its name.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(（]\s*\d{1,3}(\.\d+)?\s*[%％]\s*[)）]")]
    private static partial System.Text.RegularExpressions.Regex Weight();

    // "aws-certified-ai-practitioner": a file's or a repository's slug standing as the note's title names no topic.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[a-z0-9]+([-_][a-z0-9]+){2,}$")]
    private static partial System.Text.RegularExpressions.Regex Slug();

    // "Primary components of a recommender system", too long to stand beside a term, names its whole in its last words:
    // "Scoring" is a stage of a "recommender system"; "推荐系统的主要组成部分" likewise of "推荐系统".
    // "Bedrock Knowledge Base: Retrieval-Augemented Generation(RAG)", as long, names its topic before the colon.
    private static string Whole(string title)
    {
        if (title.Length <= MaxLength && CardText.CjkCount(title) <= 16 && CardText.WordCount(title) <= 8)
        {
            return title;
        }

        if (PartsOf().Match(title) is { Success: true } m)
        {
            return m.Groups["whole"].Value.Trim();
        }

        // A short name only ("Tuning Your Machine Learning Model" is the start of a sentence).
        var colon = title.AsSpan().IndexOfAny([':', '：']);
        return colon >= 3 && colon <= MaxLength && CardText.WordCount(title[..colon]) <= 4 && CardText.CjkCount(title[..colon]) <= 12 ? title[..colon].Trim() : title;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(the\s+)?(\w+\s+){0,2}(components?|stages?|steps?|phases?|parts?|elements?|building blocks|layers?|types?|kinds?|categories|pieces|modules?|pillars?|principles?|features?|characteristics|properties) (of|in) (a |an |the )?(?<whole>.{3,40})$|^(?<whole>.{2,20}?)的(主要|核心|关键|關鍵|基本|重要)?(组成部分|組成部分|组成|組成|组件|組件|阶段|階段|步骤|步驟|类型|類型|种类|種類|环节|環節|特点|特點|原则|原則)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PartsOf();

    // "Build a LLM application: (Link)", "About Model [link]", "论文（原文）": a link's label left in a title says nothing
    // of its topic.
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[(\[（【]\s*(link|links|here|source|url|pdf|video|slides?|paper|docs?|repo|github|链接|鏈接|連結|链结|原文|官网|官網|文档|文檔|视频|影片|论文|論文)\s*[)\]）】]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LinkLabel();

    // "Amazon Bedrock 是一個全受管的服務…以下是 Bedrock 的主要特點：" is a sentence, not a name for a topic.
    private static bool IsSentence(string title) =>
        title.AsSpan().IndexOfAny(SentenceMarks) >= 0 || CardText.CjkCount(title) > 16 || CardText.WordCount(title) > 8
        || LeadIn().IsMatch(title.TrimEnd(':', '：', ' ')) || Causes().IsMatch(title);

    // "随机采样算法导致输出答案偏离事实": a cause and its effect is a claim, and the card's back says it again.
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(导致|導致|造成|使得)\p{IsCJKUnifiedIdeographs}")]
    private static partial System.Text.RegularExpressions.Regex Causes();

    // "Guardrails filter prompts and outputs based on", "Azure provides", "主要包括": the start of a sentence a list completes.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(based on|include|includes|including|such as|as follows|consists? of|for example|are|is|of|for|with|to|by|into|provides?|offers?|supports?|has|have|contains?|covers?|gives?|features|comes with|lets you|allows|enables)$|(包括|包含|如下|分为|分為|例如|比如|有以下|有如下)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex LeadIn();

    // "领域 3：", "任务陈述 3.2：", "Domain 1: ": the exam guide's number before the topic a title names.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*((领域|領域|任务陈述|任務陳述|domain|task statement)\s*[\d.]+\s*[：:]\s*|(课时|課時|lesson|lecture|module|day|第)\s*\d+\s*[课課讲講节節天]?\s*([：:\-–—.]\s*|\s+))(?=\S)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GuideLabel();

    // "第1课", "Lesson 3", "Module 2", "Part IV", "任务陈述 3.3 第1课", "Domain 3": where a section sits in a course or in the
    // exam guide, not what it is about ("领域 3：基础模型的应用" names its topic, and stays).
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(第\s*[\d一二三四五六七八九十百]+\s*[课課章节節讲講部篇天周週]|(lesson|module|chapter|part|section|day|week|unit|lecture)\s*[\dIVX]+)\s*$|^\s*[\d.\s]+$|^\s*(领域|領域|任务陈述|任務陳述|domain|task statement)\s*[\d.]+\s*(第\s*\d+\s*[课課讲講])?\s*$|第\s*\d+\s*[课課讲講]\s*$|^\s*(title|标题|標題)\s*\d*\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Numbering();

    // "面试必问", "必会定义", "个人笔记", "Interview questions": how the author sorted their notes, not what they are about.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(面试|面試)(必问|必問|高频|高頻|题|題|问题|問題|准备|準備)?$|^(必会|必會|必考|必背|常考|高频|高頻|核心)(定义|定義|概念|考点|考點|知识点|知識點)?$|^(个人|個人)?(笔记|筆記|思考|总结|總結|心得)$|^(interview (questions?|prep)|must[- ]know|my notes|personal notes)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StudyLabel();

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create("，。；;！？!?");
}
