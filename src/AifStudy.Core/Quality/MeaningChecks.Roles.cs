using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

internal static partial class MeaningChecks
{
    private const int MaxRoleChinese = 24;
    private const int MaxRoleWords = 10;

    /// <summary>
    /// True when what an item gives as a term's definition only names the part it plays in something else: "再缩放" is
    /// "代价敏感学习（cost-sensitive learning）的基础", "X" is "the foundation of Y". It says what the term serves, and a
    /// learner who knows it still cannot tell what the term is. A longer description that goes on to say more stays.
    /// </summary>
    public static bool RoleBack(StudyItem item)
    {
        if (item.IsPractice || item.Kind is not ("TermDefinition" or "DefinitionTerm" or "MultipleChoice" or "TrueFalse"))
        {
            return false;
        }

        var text = Unglossed((item.AnswerIsTerm || item.Kind == "DefinitionTerm" ? Description(item) : item.Answer).Trim().TrimEnd('。', '.', '；', ';'));
        return CardText.CjkCount(text) > 0
            ? CardText.CjkCount(text) <= MaxRoleChinese && ChineseRole().IsMatch(text)
            : CardText.WordCount(text) <= MaxRoleWords && EnglishRole().IsMatch(text);
    }

    /// <summary>
    /// True when a card's back, or a description offered as an option, opens in the first person ("we collect…",
    /// "our users…", "我们先…"): the note-taker telling what they did, which says nothing of what the term is.
    /// </summary>
    public static bool NarrationBack(StudyItem item)
    {
        if (item.IsPractice)
        {
            return false;
        }

        return item.Kind switch
        {
            "TermDefinition" => !item.AnswerIsTerm && Voice(item.Answer.TrimStart()),
            "MultipleChoice" or "TrueFalse" => !item.AnswerIsTerm && item.Options.Any(o => Voice(o.TrimStart())),
            _ => false,
        };
    }

    // "…，我們有很多定義…的方式" later in the back, or "去衡量…" (a purpose with its subject left behind) at its start.
    private static bool Voice(string text) => FirstPerson().IsMatch(text) || ChineseVoice().IsMatch(text);

    [GeneratedRegex(@"我们|我們|我会|我會|咱们|咱們|^去(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex ChineseVoice();

    [GeneratedRegex(@"^(?:(?i:we|we're|we’re|we've|we’ve|our|ours|us|let's|let’s)\b|I\b(?!\.)|I'm\b|(?i:you|you're|you’re|you'll|you’ll)\s|(我们|咱们|我們|咱們|你可以|你需要|你们|你們))")]
    private static partial Regex FirstPerson();

    // "its Too good at our learning problem": whose? "With EFS, it can be used as…": the pronoun after a lead-in is the term;
    // "它已經事先讀過超大量資料" (其他, 其中, 其次, 其实 are no pronouns).
    [GeneratedRegex(@"^((?i:its|it's|it’s|their|they're|they’re|his|her)\b|(it|they|this|these|those)\s|(This|These|Those)\s(?!(is|are|was|were)\b)[a-z]+|(With|For|In|On|Using|Via|Through|Together with)\s[^,]{1,40},\s*(it|they)\s|(它们|它們|它|其)(?![他它中余餘次实實]))")]
    private static partial Regex PronounLead();

    // "代价敏感学习（cost-sensitive learning）的基础" reads as "代价敏感学习的基础".
    private static string Unglossed(string text) => Gloss().Replace(text, "");

    [GeneratedRegex(@"\s*[（(][^（()）]*[)）]")]
    private static partial Regex Gloss();

    [GeneratedRegex(@"^(是|为|為|乃|作为|作為)?[^，,。；;：:]{1,20}的(重要|主要|核心|关键|關鍵)?(基础|基礎|前提|基石|关键|關鍵|核心|一部分|一环|一環|组成部分|組成部分|前身|根基)$")]
    private static partial Regex ChineseRole();

    [GeneratedRegex(@"^(it is |is )?(the |a |an )?(main |key |important |essential |crucial |core )?(basis|foundation|cornerstone|key|heart|core|backbone|prerequisite|building block|part|component|precursor) (of|for|to|in) (?!.*\b(that|which|who|where|when|by|using|to [a-z]+)\b).+$", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRole();

    /// <summary>
    /// True for a definition that opens with the name of the list item its term sits under ("數據處理 › 正則化" over
    /// "泛化(Generalization)：正則化模型學習資料的底層模式…", "Regularization helps…"): the entries are what the parent does
    /// or gives, and none says what its own term is.
    /// </summary>
    public static bool ParentAsSubject(StudyItem item)
    {
        if (DefinitionOf(item) is not { } definition || item.Context is not { } context)
        {
            return false;
        }

        var parent = Search.ChineseScript.ToSimplified(QualityText.Core(context.Split('›')[^1].Trim()));
        var back = Search.ChineseScript.ToSimplified(definition);
        return parent.Length >= MinParentName && item.Term is { } term && !Search.ChineseScript.ToSimplified(term).Contains(parent, StringComparison.OrdinalIgnoreCase)
            && back.StartsWith(parent, StringComparison.OrdinalIgnoreCase)
            // …and says what it does for the term: "正則化…以便更好地泛化", "Regularization helps control complexity".
            && SaysTerm(Search.ChineseScript.ToSimplified(QualityText.Core(term)), back[parent.Length..])
            && (CardText.CjkCount(parent) > 0 || (back.Length > parent.Length && back[parent.Length] == ' '))
            // The parent is a list entry of the section (its term's entry nested under it), not the note's topic.
            && Regex.IsMatch(Search.ChineseScript.ToSimplified(item.Section.Markdown), $@"(?m)^\s*[-*+]\s+(\*\*|__)?{Regex.Escape(parent)}", RegexOptions.IgnoreCase);
    }

    private const int MinParentName = 2;

    /// <summary>
    /// True when a term names a process on something ("Hyperparameter Tuning", "Feature Selection") and its definition
    /// opens with the things worked on ("Settings external to the model…", "an external configuration whose value…"):
    /// that defines the hyperparameters, and a learner asked for the tuning would recall the wrong thing.
    /// </summary>
    public static bool ObjectForProcess(StudyItem item) =>
        DefinitionOf(item) is { } definition && item.Term is { } term
        && ProcessTerm().IsMatch(QualityText.Core(term).Trim()) && ThingLead().IsMatch(definition.TrimStart());

    [GeneratedRegex(@"\S\s+(tuning|optimi[sz]ation|selection|search)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessTerm();

    [GeneratedRegex(@"^((a|an|the)\s+)?([\w-]+\s+)?(settings?|configurations?|values?|parameters?|variables?|knobs?)\b(?!\s+(of|for)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ThingLead();

    private static bool SaysTerm(string term, string rest)
    {
        var cjk = new string([.. term.Where(Notes.ScriptCounts.IsCjk)]);
        return cjk.Length >= 2
            ? Enumerable.Range(0, cjk.Length - 1).Any(i => rest.Contains(cjk.Substring(i, 2), StringComparison.Ordinal))
            : QualityText.Tokens(term).Any(t => t.Length >= 4 && rest.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// True when the list an item's term heads is introduced as how things are implemented: under "**用户权利实现**" the
    /// entry "删除权：实现级联删除机制" says how the note's system honours the right, not what the right is.
    /// </summary>
    public static bool ImplementationBack(StudyItem item) =>
        DefinitionOf(item) is not null && item.Term is { } term
        // Most sections say nothing of implementing: tell that before splitting the section into lines.
        && ImplementationWord().IsMatch(item.Section.Markdown)
        && ListLeadIn(item.Section, term) is { } lead && ImplementationLabel().IsMatch(lead);

    /// <summary>
    /// True when the list an item's term heads is introduced, by the line above it or the section's title, as the
    /// situations something is useful in or what it can do: "Predictive Patterns" is one condition for using ML, "写作"
    /// one use of an LLM, and neither back says what a term is.
    /// </summary>
    public static bool SituationBack(StudyItem item) =>
        DefinitionOf(item) is not null && item.Term is { } term
        && (Situations().IsMatch(item.Section.Title)
            || (Situations().IsMatch(item.Section.Markdown) && ListLeadIn(item.Section, term) is { } lead && Situations().IsMatch(lead)));

    [GeneratedRegex(@"\b(useful|helpful|appropriate|used) (in|for|when)( the)? following\b|\bfollowing (situations|cases|scenarios|circumstances)\b|\bwhen (to|should you|should we) use\b|能做什么|可以做什么|能干什么|可以干什么|适用于以下|适用(的)?场景|适合以下", RegexOptions.IgnoreCase)]
    private static partial Regex Situations();

    // "…isn't good at analysing strings, so we need to turn them into…", "Because…", "因为…": the reason for the term.
    // "一种强大的解决方案，因为它避免…", "a powerful solution because it…": praise and its reason, not what it is.
    [GeneratedRegex(@",\s*so (we|you) (need|have) to\b|^(because|since)\b|^(因为|因為|由于|由於)|^(是)?(一种|一種|一个|一個|an?\s)\s*(非常|很|十分|更)?\s*(强大|強大|有效|简单|簡單|好用|实用|實用|优秀|優秀|powerful|great|good|simple|effective|useful|elegant|neat)(的)?\s*\S{0,8}?\s*(解决方案|解決方案|方法|办法|辦法|工具|技术|技術|solution|method|approach|technique|tool)\s*[，,]?\s*(因为|因為|because|since)", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonBack();

    /// <summary>
    /// True when the entry a definition comes from is in a list introduced as an analogy ("**射箭比喻**：" over "高偏差：箭都偏離
    /// 靶心，但很集中"): the same term has its meaning elsewhere, and the card would ask for the picture.
    /// </summary>
    public static bool AnalogyBack(StudyItem item) =>
        DefinitionOf(item) is { Length: > 0 } back && item.Term is { } term && AnalogySections.Of(item.Section)
        && (AnalogyWord().IsMatch(item.Section.Title) || (ListLeadIn(item.Section, term, back) is { } lead && AnalogyWord().IsMatch(lead)));

    private static readonly PerSection<bool> AnalogySections = new(s => AnalogyWord().IsMatch(s.Markdown));

    [GeneratedRegex(@"比喻|类比|類比|打个比方|打個比方|形象理解|通俗理解|\banalog(y|ies)\b|\bmetaphors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnalogyWord();

    // The line just above the list whose entry starts with the term, or the section's title when the list opens it.
    /// <summary>
    /// The line that introduces the list whose entry opens with <paramref name="term"/> (and holds <paramref name="containing"/>'s
    /// opening, when given), or the section's title.
    /// </summary>
    internal static string? ListLeadIn(Notes.NoteSection section, string term, string? containing = null)
    {
        var lines = SectionMarkdown.Lines(section);
        var opening = containing is null ? null : containing[..Math.Min(containing.Length, LeadInProbe)];
        var at = Array.FindIndex(lines, l => EntryStart().Match(l) is { Success: true } m && l.AsSpan(m.Length).TrimStart("*_").StartsWith(term, StringComparison.Ordinal)
            && (opening is null || l.Contains(opening, StringComparison.Ordinal)));
        if (at < 0)
        {
            return null;
        }

        for (var i = at - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0 && !EntryStart().IsMatch(lines[i]) && !char.IsWhiteSpace(lines[i][0]))
            {
                return lines[i].Trim().Trim('*', '_', ':', '：', ' ');
            }
        }

        return section.Path.Count > 0 ? section.Path[^1] : null;
    }

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex EntryStart();

    private const int LeadInProbe = 8;

    [GeneratedRegex(@"(实现|實現|实施|實施|落地|的做法|implementation|implementing|in practice|how (to|we) implement)$", RegexOptions.IgnoreCase)]
    private static partial Regex ImplementationLabel();

    [GeneratedRegex(@"实现|實現|实施|實施|落地|的做法|implement|in practice", RegexOptions.IgnoreCase)]
    private static partial Regex ImplementationWord();
}
