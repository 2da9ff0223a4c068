using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// More ways people write definitions: an English list item whose term is in code or bold followed by what it is,
/// a list of terms each with its meaning on the next line, and a cheat sheet's <c>- Term | definition</c> or <c>- Term - definition</c> list.
/// </summary>
internal static partial class DefinitionReader
{
    /// <summary>
    /// A list item that opens with its term marked as code or bold and says what it is in English: <c>- `Feature
    /// engineering` is a method to select and transform variables…</c>, <c>- **Underfitting** occurs when a model…</c>.
    /// The definition is the first sentence after the verb ("a method to select…"); "occurs when" keeps its verb.
    /// </summary>
    private static TermDefinition? FromMarkedCopula(ContainerInline? inline)
    {
        string term;
        switch (inline?.FirstChild)
        {
            case CodeInline code:
                term = code.Content.Trim();
                break;
            case EmphasisInline { DelimiterCount: 2 } bold:
                term = InlineText.Of(bold).Trim();
                break;
            default:
                return null;
        }

        if (term.Length is 0 or > MaxPlainTermLength || !term.Any(char.IsAsciiLetter) || term.AsSpan().IndexOfAny(MarkedTermStops) >= 0
            || term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxMarkedTermWords)
        {
            return null;
        }

        var rest = TextBuilders.Rent();
        for (var sibling = inline.FirstChild.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            InlineText.Append(rest, sibling);
        }

        var text = rest.AsSpan().ToString();
        TextBuilders.Return(rest);
        if (EnglishCopula().Match(text) is not { Success: true } m || !SaysWhat(m.Groups["verb"].Value, m.Groups["rest"].Value))
        {
            return null;
        }

        var said = m.Groups["verb"].Value.StartsWith("occur", StringComparison.OrdinalIgnoreCase) ? m.Groups["verb"].Value.Trim() + " " + m.Groups["rest"].Value : m.Groups["rest"].Value;
        var sentences = Flashcards.Sentences.Of(said.Trim());
        var first = sentences.Count > 0 ? sentences[0] : "";
        return first.Length > 0 && first.Any(char.IsAsciiLetter) && first.Split(' ').Length >= MinMarkedDefinitionWords
            ? new TermDefinition(term, char.ToUpperInvariant(first[0]) + first[1..], TermDefinitionKind.BoldTerm)
            : null;
    }

    // "is a method…", "is when…", "are large models that…" say what the term is; "is strongly associated with…", "are
    // often…" say something about it.
    private static bool SaysWhat(string verb, string rest) =>
        verb is not ("is" or "are") || (verb == "is" ? IsWhat().IsMatch(rest) : !IsQuality().IsMatch(rest));

    /// <summary>
    /// True for a why-question or a title of reasons ("Why deep learning thrive now?", "大模型为什么会产生幻觉？",
    /// "失败的原因"): the items under it are reasons, and the labels they open with are no terms.
    /// </summary>
    internal static bool IsWhyQuestion(string text) => WhyQuestion().IsMatch(text.Trim());

    [GeneratedRegex(@"^(\d+[.)、]\s*)?(why|how come)\b|为什么|為什麼|为何|為何|(的|之)原因[?？:：]?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhyQuestion();

    /// <summary>
    /// True for a title of a topic's qualities ("Business Benefits", "Advantages", "Key Features", "优势"): the items
    /// under it ("Enhanced Accuracy: …", "Cost Effective: …") say what the topic above offers; their labels are no terms.
    /// </summary>
    internal static bool IsQualitiesTitle(string text) => QualitiesTitle().IsMatch(text.Trim().TrimEnd(':', '：'));

    /// <summary>A why-question or a title of qualities: the labels of the items under it are no terms.</summary>
    internal static bool GivesNoTerms(string text) => IsWhyQuestion(text) || IsQualitiesTitle(text);

    [GeneratedRegex(@"^(\d+[.)、]\s*)?(((key|main|core|top|business|major|primary)\s+)?(benefits?|advantages?|strengths|pros)|(key|main|core|top|notable)\s+(features|capabilities))$|(^|的|之)(优势|優勢|优点|優點|好处|好處|主要功能|核心功能|主要特点|主要特點|收益)$", RegexOptions.IgnoreCase)]
    private static partial Regex QualitiesTitle();

    [GeneratedRegex(@"^(a|an|the|one|when|used|any|each)\s", RegexOptions.IgnoreCase)]
    private static partial Regex IsWhat();

    [GeneratedRegex(@"^(\w+ly|not|also|very|more|less|most|often|usually|typically|always|never|important|useful|critical|key|good|bad|better|worse|best|worst|similar|different|available|able|responsible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsQuality();

    private const int MaxMarkedTermWords = 6;

    private static readonly System.Buffers.SearchValues<char> MarkedTermStops = System.Buffers.SearchValues.Create(".,;:(=/");
    private const int MinMarkedDefinitionWords = 4;

    // " is a method to…", " are large models that…", " refers to…", " occurs when…": the verb that says what the term is.
    [GeneratedRegex(@"^\s+(?<verb>is|are|refers to|means|occurs when|occur when)\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex EnglishCopula();

    /// <summary>
    /// A list whose items each put a short term on their first line and what it means on the next (<c>* LLM⏎大语言模型
    /// 是一种…</c>, <c>- Fine-tuning⏎The process of…</c>): three or more such items, most of the list. Each is the term
    /// and the first sentence of what follows; null for any other list.
    /// </summary>
    private static List<TermDefinition>? TermLines(ListBlock list)
    {
        var items = 0;
        List<TermDefinition>? entries = null;
        foreach (var block in list)
        {
            items++;
            if (block is ListItemBlock { Count: > 0 } item && item[0] is ParagraphBlock { Inline: { } inline }
                && inline.FirstOrDefault(i => i is LineBreakInline { IsHard: false }) is { } lineBreak)
            {
                var term = InlineText.OfRange(inline.FirstChild, lineBreak);
                var rest = InlineText.OfRange(lineBreak.NextSibling);
                var sentences = Flashcards.Sentences.Of(rest);
                if (term.Length is > 0 and <= MaxPlainTermLength && term.AsSpan().IndexOfAny(SentencePunctuation) < 0 && term.AsSpan().IndexOfAny(':', '：') < 0
                    && sentences.Count > 0 && sentences[0].Length > term.Length)
                {
                    (entries ??= []).Add(Named(term, sentences[0]));
                }
            }
        }

        return entries is { Count: >= MinGlossaryParagraphs } && 2 * entries.Count > items ? entries : null;
    }

    // "预训练（Pretraining）是语言模型在…的初始训练过程。" under "Pretraining": the sentence names the term before saying
    // what it is; the name goes with the term ("Pretraining（预训练）") and the rest is the definition.
    private static TermDefinition Named(string term, string sentence)
    {
        if (NamedSentence().Match(sentence) is { Success: true } m
            && (m.Groups["alias"].Value.Contains(term, StringComparison.OrdinalIgnoreCase) || m.Groups["name"].Value.Trim() == term))
        {
            var name = m.Groups["name"].Value.Trim();
            var copula = m.Groups["copula"].Value;
            var definition = (copula.StartsWith("是一", StringComparison.Ordinal) ? copula[1..] : "") + m.Groups["def"].Value.Trim();
            var named = name == term || name.Contains(term, StringComparison.OrdinalIgnoreCase) ? term : $"{term}（{name}）";
            return new TermDefinition(named, definition, TermDefinitionKind.PlainColon);
        }

        return new TermDefinition(term, sentence, TermDefinitionKind.PlainColon);
    }

    [GeneratedRegex(@"^[“""「]?(?<name>[^，。（(“”""「」]{1,24}?)[（(](?<alias>[^）)]{1,60})[）)][”""」]?\s*(?<copula>是指|指的是|是一种|是一種|是一个|是一個|是)(?<def>\S.+)$")]
    private static partial Regex NamedSentence();

    // "- Recall | the ratio of true positives to all actual positives": a cheat sheet's list that writes its term and
    // definition apart with one bar. Only in a list mostly written so (a lone bar is a table's cell or an "either | or").
    private static TermDefinition? FromPipe(ParagraphBlock paragraph, ListItemBlock item, ParagraphText texts)
    {
        var (term, definition) = PipeParts(texts.Of(paragraph));
        if (term is null || item.Parent is not ListBlock list)
        {
            return null;
        }

        var (piped, items) = (0, 0);
        foreach (var sibling in list)
        {
            items++;
            piped += sibling is ListItemBlock { Count: > 0 } s && s[0] is ParagraphBlock p && PipeParts(texts.Of(p)).Term is not null ? 1 : 0;
        }

        return piped >= MinPipedItems && 3 * piped >= 2 * items ? new TermDefinition(term, definition!, TermDefinitionKind.PlainColon) : null;
    }

    // A bar list is a glossary when three or more of its items, and two in three, are written so.
    private const int MinPipedItems = 3;

    private static (string? Term, string? Definition) PipeParts(string text)
    {
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || bar > MaxPlainTermLength || text.IndexOf('|', bar + 3) >= 0 || text.Contains('\n', StringComparison.Ordinal))
        {
            return (null, null);
        }

        var term = text.AsSpan(0, bar).Trim();
        var definition = text.AsSpan(bar + 3).Trim();
        return term.Length == 0 || definition.Length == 0 || term.IndexOfAny(SentencePunctuation) >= 0 ? (null, null) : (term.ToString(), definition.ToString());
    }

    // "- Accuracy - the proportion of predictions that the model got right": a study guide's list that writes its term and
    // definition apart with a spaced dash. Only in a list where two or more items, and half of all, are written so or with
    // a colon (a lone dash is an aside: "Iterative training - see below").
    private static TermDefinition? FromDash(ParagraphBlock paragraph, ListItemBlock item, ParagraphText texts)
    {
        var (term, definition) = DashParts(texts.Of(paragraph));
        if (term is null || item.Parent is not ListBlock list)
        {
            return null;
        }

        var (dashed, shaped, items) = (0, 0, 0);
        foreach (var sibling in list)
        {
            items++;
            if (sibling is ListItemBlock { Count: > 0 } s && s[0] is ParagraphBlock p)
            {
                var text = texts.Of(p);
                var isDashed = DashParts(text).Term is not null;
                dashed += isDashed ? 1 : 0;
                shaped += isDashed || ColonShaped(text) ? 1 : 0;
            }
        }

        return dashed >= MinDashedItems && 2 * shaped >= items ? new TermDefinition(term, definition!, TermDefinitionKind.PlainColon) : null;
    }

    private const int MinDashedItems = 2;
    private const int MaxDashTermLength = 40;
    private const int MaxDashTermWords = 6;
    private const int MinDashDefinitionWords = 3;
    private const int MinDashDefinitionCjk = 6;

    private static bool ColonShaped(string text) => text.AsSpan(0, Math.Min(text.Length, MaxPlainTermLength + 1)).IndexOfAny(':', '：') > 0;

    private static (string? Term, string? Definition) DashParts(string text)
    {
        var at = DashSeparator().Match(text);
        if (!at.Success || at.Index > MaxDashTermLength || text.Contains('\n', StringComparison.Ordinal))
        {
            return (null, null);
        }

        var term = text[..at.Index].Trim();
        var definition = text[(at.Index + at.Length)..].Trim();
        var words = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var enough = Flashcards.CardText.CjkCount(definition) >= MinDashDefinitionCjk || words.Length >= MinDashDefinitionWords;
        // "S3 Standard - availability: 99.99%": a name and the first of its fields, not a definition.
        var field = words.Take(MinDashDefinitionWords + 1).Any(w => w.EndsWith(':') || w.Contains('：'));
        return term.Length == 0 || !enough || field || term.AsSpan().IndexOfAny(SentencePunctuation) >= 0 || term.Contains(':') || term.Contains('：')
            || !term.Any(char.IsLetter) || term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxDashTermWords || term.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? (null, null)
            : (term, definition);
    }

    [GeneratedRegex(@" [-–—] ")]
    private static partial Regex DashSeparator();
}

