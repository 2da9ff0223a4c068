using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Quality;

/// <summary>Backs that say what a term has, offers or was used for rather than what it is.</summary>
internal static partial class MeaningChecks
{
    /// <summary>
    /// True for a term → definition back of two or more bullets that each name a part and gloss it ("- Feature
    /// attributions - how much…", "- 词嵌入：把词…"): the term's features or components, which is not what it is.
    /// </summary>
    public static bool PartsBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Kind != "TermDefinition")
        {
            return false;
        }

        var lines = item.Answer.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // "- 定义：…", "- 作用：…" are fields of the term itself, and say what it is.
        return lines.Length >= 2 && lines.All(l => NamedPart().Match(l) is { Success: true } m && !SubjectChecks.IsLabel(m.Groups["name"].Value));
    }

    [GeneratedRegex(@"^([-*•]\s+)?(?<name>[^:：\-–—]{2,40}?)(\s+[-–—]\s+|\s*[:：]\s*)\S")]
    private static partial Regex NamedPart();

    /// <summary>
    /// True for a term → definition back that is only a run of three or more names ("Vertex AI, PaLM/Gemini, AlloyDB
    /// vector.", "Hugging Face (Transformers, PEFT), LangChain/LlamaIndex (RAG), FAISS/Pinecone"): what a platform
    /// offers, not what it is.
    /// </summary>
    public static bool NamesBack(StudyItem item)
    {
        // A card's back, or the description a question offers or quotes.
        if (DefinitionOf(item) is not { } definition)
        {
            return false;
        }

        var names = NameSeparator().Split(Aside().Replace(definition, "").Trim().TrimEnd('.', '。'))
            .Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        // "Accuracy, Precision, Recall, F1-score, ROC-AUC, confusion matrix": four or more short names, some in lower case.
        return (names.Count >= 3 && names.All(n => char.IsUpper(n[0]) && CardText.WordCount(n) <= 3 && CardText.CjkCount(n) == 0 && !n.Contains(' ' + "is ", StringComparison.Ordinal)))
            || (names.Count >= MinNameRun && names.All(n => CardText.WordCount(n) <= 2 && CardText.CjkCount(n) == 0 && !Verb().IsMatch(n)) && names.Count(n => char.IsUpper(n[0])) * 2 > names.Count)
            // "data quality, privacy-enhancing tech, access control, integrity": a syllabus line's topics.
            || (TopicRun(definition) && !IsCollection(item.Term));
    }

    /// <summary>
    /// True for a definition that opens as an aside to another one ("除了用於聚類外，還可應用於密度估計…", "Also used
    /// for…") or as the end of a phrase its term began ("of all stages, including…" for Automation): it does not say
    /// what the term is alone.
    /// </summary>
    public static bool AsideBack(StudyItem item) => DefinitionOf(item) is { } definition && AsideLead().IsMatch(definition);

    // What a term → definition card or a "which describes" / "which term" question says the term is; null for other items.
    private static string? DefinitionOf(StudyItem item) =>
        item.IsPractice || item.Term is null || item.StatementIsTrue is not null || item.Kind is not ("TermDefinition" or "MultipleChoice")
            ? null
            : (item.AnswerIsTerm ? Description(item) : item.Answer).TrimStart();

    [GeneratedRegex(@"^(则是|則是|而是|除了|除此之外|此外|另外|另一方面|同时|同時|还可|還可|也可|也能|也是|besides\b|also\b|in addition\b|additionally\b|apart from\b|aside from\b|as well\b|(?-i:(of|for|with|by|from|and|or|than|as)\s))", RegexOptions.IgnoreCase)]
    private static partial Regex AsideLead();

    /// <summary>
    /// True for a definition that is an instruction to the reader ("Factual Responses" → "Use lower temperature for
    /// factual answers.", "Text Extraction" → "Specify format for extracted data."): how to prompt for it, not what it is.
    /// </summary>
    public static bool TipBack(StudyItem item) => DefinitionOf(item) is { } definition && Instruction().IsMatch(definition);

    // A base-form verb that opens an order: "Use…", "Specify…", "Adjust…" (not "Uses…", "Used…").
    [GeneratedRegex(@"^(use|specify|define|adjust|provide|include|add|set|keep|avoid|try|give|ask|write|check|choose|consider|ensure|limit|lower|raise|increase|decrease|reduce|make|tell|put|break|split|start|begin|focus|remember|think|list|explain|describe|state|look|go|download|install|read|watch|click|open|load)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    /// <summary>
    /// True for a definition that is itself a title-case name ("Amazon Bedrock" → "Human/Automatic Model Evaluation"):
    /// a feature's name, not what the term is. A back that spells out an acronym ("RAG" → "Retrieval-Augmented
    /// Generation") is what it is.
    /// </summary>
    public static bool NameBack(StudyItem item)
    {
        if (item.IsPractice || item.AnswerIsTerm || item.Term is not { } term || item.StatementIsTrue is not null || item.Kind is not ("TermDefinition" or "MultipleChoice"))
        {
            return false;
        }

        // "IAM Identity Center (required)": a remark in brackets after the name is no part of what the back says.
        var back = Remark().Replace(item.Answer.Trim().TrimEnd('.'), "").Trim();
        var words = back.Split([' ', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        var acronym = QualityText.Core(term).Where(char.IsAsciiLetterUpper).ToArray();
        var initials = words.Select(w => char.ToUpperInvariant(w[0])).ToArray();
        var spellsOut = acronym.Length >= 2 && acronym.All(c => initials.Contains(c));
        return CardText.CjkCount(back) == 0 && words.Length is >= 2 and <= 6 && words.All(w => char.IsAsciiLetterUpper(w[0]) || char.IsAsciiDigit(w[0])) && !spellsOut;
    }

    /// <summary>
    /// True for a Chinese back of a few characters, with no verb and no kind, to a product or model named in Latin
    /// letters: "Gemini" → "原生多模態設計" is one trait of it, and never says what Gemini is.
    /// </summary>
    public static bool TraitBack(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Kind != "TermDefinition" || item.Term is not { } term)
        {
            return false;
        }

        var back = item.Answer.Trim().TrimEnd('。', '.');
        return CardText.CjkCount(term) == 0 && term.Any(char.IsAsciiLetterUpper)
            && CardText.CjkCount(back) is > 0 and <= 8 && !back.Any(char.IsAsciiLetter) && !SaysWhatItIs().IsMatch(Search.ChineseScript.ToSimplified(back));
    }

    // A verb or a kind makes a short back a definition ("用于检索的向量库", "一种开源模型").
    [GeneratedRegex(@"是|指|为|用于|用来|可以|能|一种|一个|一套|模型|服务|工具|平台|框架|方法|技术|算法|系统|库|语言|协议|格式|标准|公司|产品|芯片|数据集|指标|函数|网络")]
    private static partial Regex SaysWhatItIs();

    [GeneratedRegex(@"\s*[(（][^()（）]*[)）]")]
    private static partial Regex Aside();

    [GeneratedRegex(@"\s*(?:[,，、;；/]|\\?\||\band\b)\s*")]
    private static partial Regex NameSeparator();

    /// <summary>
    /// True for a definition whose kind is one task's technique when the term names no task: "零样本提示" is "一种情绪分类
    /// 提示技术", which is what the note's example did with it, not what it is.
    /// </summary>
    public static bool TaskAsKind(StudyItem item)
    {
        if (item.IsPractice || item.Term is not { } term || item.StatementIsTrue is not null)
        {
            return false;
        }

        var definition = item.AnswerIsTerm ? QualityText.WithoutFrames(item.Prompt) : item.Answer;
        return TaskKind().Match(Search.ChineseScript.ToSimplified(definition)) is { Success: true } m
            && !Search.ChineseScript.ToSimplified(term).Contains(m.Groups["task"].Value, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(^|[「“""：:])\s*(这是)?一种(?<task>\p{IsCJKUnifiedIdeographs}{1,4}(分类|识别|检测|翻译|摘要|分析))(提示)?(技术|方法|技巧)")]
    private static partial Regex TaskKind();

    /// <summary>True for a definition that is a formula and nothing more: no words say what it computes.</summary>
    public static bool FormulaBack(StudyItem item)
    {
        // "y_w 和 y_l": symbols the formula defines, named only.
        if (DefinitionOf(item) is { } symbols && Symbols().IsMatch(symbols.Trim()))
        {
            return true;
        }

        if (DefinitionOf(item) is not { } definition || CardText.CjkCount(definition) > 0 || !FormulaMark().IsMatch(definition))
        {
            return false;
        }

        // "\frac", "\partial" are the formula's own words; "TP / (TP + FP)" names what it counts, "y=f(x)" does not.
        return !LatinWords().IsMatch(TexCommand().Replace(definition, " "));
    }

    [GeneratedRegex(@"^[A-Za-zα-ω](_\{?\w+\}?|\^\{?\w+\}?)?(\s*(和|与|與|及|、|,|，|and|or|或)\s*[A-Za-zα-ω](_\{?\w+\}?|\^\{?\w+\}?)?)+[。.]?$")]
    private static partial Regex Symbols();

    [GeneratedRegex(@"[=^_\\]")]
    private static partial Regex FormulaMark();

    [GeneratedRegex(@"\\[A-Za-z]+")]
    private static partial Regex TexCommand();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWords();

    /// <summary>
    /// True for a short definition that weighs one choice against another ("大模型显著更优", "优选独立模型", "Better for
    /// small datasets"): the note's advice under a comparison, not what the term is.
    /// </summary>
    public static bool VerdictBack(StudyItem item) =>
        DefinitionOf(item) is { } definition
        && (CardText.CjkCount(definition) is > 0 and <= VerdictLength && ChineseVerdict().IsMatch(Search.ChineseScript.ToSimplified(definition))
            || CardText.CjkCount(definition) == 0 && CardText.WordCount(definition) <= VerdictWords && EnglishVerdict().IsMatch(definition.Trim()));

    private const int VerdictLength = 16;
    private const int VerdictWords = 8;

    // "最可靠但成本高", "越低越好", "0.0+, lower = better": a ranking among the siblings of a table, or a range and its
    // direction, not what the term is.
    [GeneratedRegex(@"更优|更好|更佳|更强|更适合|更合适|更高效|优于|胜过|胜出|占优|首选|优选|推荐使用|建议使用|不推荐|不建议|^最\p{IsCJKUnifiedIdeographs}{1,4}(但|，|,)|^越\p{IsCJKUnifiedIdeographs}{1,2}越(好|差)")]
    private static partial Regex ChineseVerdict();

    [GeneratedRegex(@"^(much\s+|far\s+|usually\s+|often\s+|generally\s+)?(better|best|worse|worst|preferred|superior|inferior|recommended|not recommended|wins|the winner)\b|^([\d.]+\s*(\+|(to|-|–)\s*[\d.]+)\s*,\s*)?(the\s+)?(lower|higher|smaller|larger|bigger)(\s+is|\s*=|,)?\s+(the\s+)?better\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishVerdict();

    /// <summary>
    /// True for a term → definition card whose English name the short Chinese back translates word for word ("Code
    /// Llama" → "代码生成大语言模型"): the front gives the back away.
    /// </summary>
    public static bool TranslatedName(StudyItem item)
    {
        if (item.IsQuestion || item.AnswerIsTerm || item.Kind != "TermDefinition" || item.Term is not { } term || CardText.CjkCount(term) > 0)
        {
            return false;
        }

        var back = Search.ChineseScript.ToSimplified(item.Answer.Trim());
        return CardText.CjkCount(back) is > 0 and <= TranslatedLength && !back.Any(char.IsAsciiLetter)
            && Glossary.Translations(term).Any(c => back.Contains(c, StringComparison.Ordinal));
    }

    private const int TranslatedLength = 12;

    /// <summary>
    /// True for a short definition that is the yes-or-no question a quality is judged by ("明确性" → "指令是否清晰明确",
    /// "Clarity" → "Whether the instructions are clear"): a criterion that restates the quality's name.
    /// </summary>
    public static bool CriterionBack(StudyItem item) =>
        DefinitionOf(item) is { } definition
        && (CardText.CjkCount(definition) is > 0 and <= CriterionLength && Criterion().IsMatch(Search.ChineseScript.ToSimplified(definition.Trim()))
            || CardText.CjkCount(definition) == 0 && CardText.WordCount(definition) <= VerdictWords && definition.TrimStart().StartsWith("whether ", StringComparison.OrdinalIgnoreCase));

    private const int CriterionLength = 12;

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{0,4}(是否|能否|是不是|有没有|可否)")]
    private static partial Regex Criterion();

    // "一种与Top-k 采样类似的方法，它也…", "A method similar to top-k": a likeness to a sibling, without what sets it apart.
    [GeneratedRegex(@"^(像|就像|好像|好比|如同|犹如|猶如|宛如|仿佛|彷彿|类似于|類似於|相当于|相當於|like\s+(a|an|the)\b|just like\b|similar to\b)|^(是)?(一种|一種|一个|一個)?(与|與|和|跟)[^，。,]{1,24}(类似|類似|相似|相同)的(?!.*(但|而是|不同|區別|区别|不是))|^(a|an)\s+(\w+\s+){0,2}similar to\b(?!.*\b(but|except|whereas|instead)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AnalogyLead();

    private const int MinNameRun = 4;

    [GeneratedRegex(@"\b(is|are|was|were|be|can|will|uses?|makes?|gives?|helps?|allows?|measures?|means)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\s*\((required|optional|recommended|default|preview|new|beta|deprecated|legacy|GA)\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Remark();
}
