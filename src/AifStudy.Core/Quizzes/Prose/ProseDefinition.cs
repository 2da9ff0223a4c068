using System.Text.RegularExpressions;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes.Prose;

/// <summary>
/// A definition written as a sentence of prose: <c>推理是指利用模型对新数据进行处理以进行预测的过程。</c>,
/// <c>什么是提示词？提示词是由您…提供的一组特定输入。</c>, <c>什么是提示词注入？它是指提示词操纵攻击。</c>,
/// <c>在上下文窗口内提供示例称为"上下文学习"。</c>. <see cref="Sentence"/> is the note's own sentence.
/// </summary>
internal sealed partial record ProseDefinition(string Term, string Definition, string Sentence, NoteSection Section)
{
    /// <summary>
    /// The names the sentence gives the term before saying what it is: "延迟" in <c>Latency 是延迟，可能指…</c>, "Mixture of
    /// Experts" and "混合专家" in <c>MoE 是 Mixture of Experts，混合专家，它通过…</c>. They are not part of
    /// <see cref="Definition"/>: an option that opens with its term's translation gives the answer away.
    /// </summary>
    public IReadOnlyList<string> Glosses { get; init; } = [];

    /// <summary>The definition as a card's back shows it: with the glosses the sentence opens with.</summary>
    public string Back => Glosses.Count == 0 ? Definition : string.Join("，", Glosses) + "，" + Definition;

    /// <summary>Longer definitions are paragraphs to reread, not options to compare.</summary>
    public const int MaxDefinitionLength = 120;

    private const int MaxTermLength = 24;
    private const int MinDefinitionIdeographs = 6;
    private const int MinMentions = 4;

    // What starts a subject that is not a term: pronouns, ordinals, discourse words ("下一步是…", "结果是…").
    private static readonly string[] NotTermStarts =
    [
        "这", "那", "它", "其", "此", "该", "我", "您", "你", "他", "她", "每", "某", "所有", "一些", "一种", "一个", "大多数", "许多",
        "很多", "如果", "但", "第", "下一", "最后", "接下来", "以上", "以下", "前", "后", "结果", "进行", "答案", "问题", "目标", "关键",
        "重点", "原因", "区别", "好处", "优势", "任务", "另一", "AWS 将", "特别", "特別", "尤其", "尤为", "尤為",
    ];

    // What ends a subject that is a clause ("生成式 AI 可以是…", "向量通常是…", "但是").
    private static readonly string[] NotTermEnds = ["已经", "已經", "曾经", "曾經", "仍然", "依然", "正在", "可以", "通常", "也", "就", "还", "都", "则", "只", "总", "但", "于", "即", "才", "又", "不", "并", "也就", "和", "或"];

    // A bare "X 是 Y" is a definition only for a term the note introduces as one; "X 是一种/是指 Y" always is.
    private static readonly string[] StrongCopulas = ["是一种", "是一个", "是一组", "是一系列", "是指", "指的是"];

    /// <summary>Each term once (its first definition), in document order.</summary>
    public static IReadOnlyList<ProseDefinition> Of(QuizContext context)
    {
        var found = new List<ProseDefinition>();
        var noteText = string.Join("\n", context.Sections.Select(s => s.PlainText));
        foreach (var section in context.Sections)
        {
            var paragraphs = ProseParagraphs.Of(section).ToList();
            found.AddRange(English(section, paragraphs, noteText));
            foreach (var sentences in paragraphs)
            {
                for (var i = 0; i < sentences.Count; i++)
                {
                    var asked = i > 0 ? AskedTerm(sentences[i - 1]) : null;
                    if (From(sentences[i], asked, section, noteText) is { } d)
                    {
                        // The question the note asked belongs to the explanation: "什么是提示词注入？它是指…".
                        found.Add(asked is not null && CardText.Normalize(asked) == CardText.Normalize(d.Term)
                            ? d with { Sentence = sentences[i - 1] + sentences[i] }
                            : d);
                    }
                }
            }
        }

        // "深度学习的一个子集" is true of many a term: neither an answer nor a wrong option.
        return found.Where(d => !Quality.AnswerChecks.IsClassificationOnly(d.Definition)).DistinctBy(d => CardText.Normalize(d.Term)).ToList();
    }

    /// <summary>The definition in <paramref name="sentence"/>, if it is one; <paramref name="asked"/> is the term of a "什么是X？" just before.</summary>
    internal static ProseDefinition? From(string sentence, string? asked, NoteSection section, string noteText)
    {
        var text = ProseParagraphs.WithoutConnective(sentence);
        if (IsStruckThrough(text, section.Markdown))
        {
            // "~~一搜lora调参全是stableDiffusion~~": the author took it back.
            return null;
        }

        string term;
        string definition;
        IReadOnlyList<string> glosses = [];
        if (Copula().Match(text) is { Success: true } m)
        {
            term = m.Groups["term"].Value.Trim();
            var copula = m.Groups["copula"].Value;
            definition = (copula.StartsWith("是一", StringComparison.Ordinal) ? copula[1..] : "") + m.Groups["definition"].Value.Trim();
            if (copula == "是" && !Split(term, ref definition, out glosses))
            {
                return null;
            }

            var pronoun = term is "这" or "它" && asked is not null;
            if (pronoun)
            {
                // "什么是提示词注入？它是指提示词操纵攻击。"
                term = asked!;
            }
            else if (!IsTerm(term) || (!StrongCopulas.Contains(copula) && !IsKnown(term, asked, section, noteText)))
            {
                return null;
            }
        }
        else if (Called().Match(text) is { Success: true } c)
        {
            // "在上下文窗口内提供示例称为"上下文学习"。"
            term = c.Groups["term"].Value.Trim();
            definition = c.Groups["definition"].Value.Trim();
            if (!IsTerm(term) || NotTermStarts.Any(s => definition.StartsWith(s, StringComparison.Ordinal)) || NotTermEnds.Any(definition.EndsWith))
            {
                return null;
            }
        }
        else if (HeadingLead(text, section) is { } lead)
        {
            // "##### ROUGE-N" over "ROUGE-N 指标计算生成的摘要与…的 n-gram 召回率，具体的公式为："
            (term, definition) = lead;
        }
        else
        {
            return null;
        }

        // "`chosen`数据库是一个…": a field name in code glued to the text after it is no term.
        if (GluedToCode(term, section.Markdown))
        {
            return null;
        }

        return IsDefinition(term, definition) ? new ProseDefinition(term, definition, sentence, section) { Glosses = glosses } : null;
    }


    // The term starts with an inline code span that ends before the term does ("`chosen`数据库").
    private static bool GluedToCode(string term, string markdown)
    {
        if (!markdown.Contains('`', StringComparison.Ordinal))
        {
            return false;
        }

        for (var end = 1; end < term.Length; end++)
        {
            if (markdown.Contains("`" + term[..end] + "`" + term[end..], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence's opening words sit inside a ~~struck~~ span of the section.
    private static bool IsStruckThrough(string text, string markdown)
    {
        if (!markdown.Contains("~~", StringComparison.Ordinal) || text.Length < 4)
        {
            return false;
        }

        var at = markdown.IndexOf(text[..4], StringComparison.Ordinal);
        return at >= 0 && markdown[..at].Split("~~").Length % 2 == 0;
    }

    /// <summary>"再来看个问题，什么是提示词注入？" → "提示词注入".</summary>
    internal static string? AskedTerm(string sentence) =>
        WhatIs().Match(sentence) is { Success: true } m && IsTerm(m.Groups["term"].Value.Trim()) ? m.Groups["term"].Value.Trim() : null;

    private static bool IsTerm(string term) =>
        term.Length is >= 2 and <= MaxTermLength
        && !NotTermShape().IsMatch(term)
        && CardText.Normalize(term).Length >= 2
        && !NotTermStarts.Any(s => term.StartsWith(s, StringComparison.Ordinal))
        && !NotTermEnds.Any(e => term.EndsWith(e, StringComparison.Ordinal))
        && !term.Contains('的') && !term.Contains('和') && !term.Contains('与')
        && term.Count(ch => ch is '(' or '（') == term.Count(ch => ch is ')' or '）');

    // The note asked "什么是X？" right before, names X in a heading or in bold, X is (or carries) an English name, or
    // the note keeps talking about X: a subject mentioned once is more likely a clause than a term.
    private static bool IsKnown(string term, string? asked, NoteSection section, string noteText) =>
        (asked is not null && CardText.Normalize(asked) == CardText.Normalize(term))
        || section.Path.Any(t => CardText.ContainsNormalized(t, term))
        || section.BoldTerms.Any(b => CardText.Normalize(b) == CardText.Normalize(term))
        || CardText.WordCount(term) > 0
        || Occurrences(noteText, term) >= MinMentions
        || noteText.Contains(term + "、", StringComparison.Ordinal) || noteText.Contains("、" + term, StringComparison.Ordinal);

    private static int Occurrences(string text, string term)
    {
        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static bool IsDefinition(string term, string definition) =>
        definition.Length <= MaxDefinitionLength
        && !AttributeLead().IsMatch(definition)
        && !NegatedLead().IsMatch(definition)
        && CardText.CjkCount(definition) + (2 * CardText.WordCount(definition)) >= MinDefinitionIdeographs
        && definition[0] is not ('"' or '“' or '「' or '否')
        && !CardText.ContainsNormalized(definition, term)
        && definition.Count(ch => ch is '(' or '（') == definition.Count(ch => ch is ')' or '）');

    // "1.在输入x", "tanh函数可以理解为", "激活函数（包括 GELU）": a list number, a clause or an aside, not a term.
    [GeneratedRegex(@"^\s*\d+\s*[.、)）]|^['‘]|(可以理解为|理解为|可以看作|看作|可视为|可以说|也就|其实|实际上|即)$|[（(]\s*(包括|包含|例如|比如|如|including|e\.g\.|such as)", RegexOptions.IgnoreCase)]
    private static partial Regex NotTermShape();

    // "线性的，无法解决…": a property of the term, not what it is.
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,4}的(?:[，,。；;]|$)")]
    private static partial Regex AttributeLead();

    // "'Boie'公司是不存在，但是模型…": a claim about the subject, not what it is.
    [GeneratedRegex(@"^(不|没|沒|并非|並非|并不|並不)\p{IsCJKUnifiedIdeographs}{0,4}(?:[，,。；;]|$)")]
    private static partial Regex NegatedLead();

    [GeneratedRegex(@"^(?<term>[^，。,、：:；“”""「」！？?]{1,24}?)\s*(?<copula>是一种|是一个|是一组|是一系列|是指|指的是|是)(?<definition>[^。？！?]+)。$")]
    private static partial Regex Copula();

    [GeneratedRegex(@"^(?<definition>[^，。,；“”""「」]{4,60}?)(?:也称为|被称为|称为)[""“「](?<term>[^""”」]{2,24})[""”」]。$")]
    private static partial Regex Called();

    [GeneratedRegex(@"什么是(?<term>[^？?，。]{2,24})[？?]$")]
    private static partial Regex WhatIs();
}
