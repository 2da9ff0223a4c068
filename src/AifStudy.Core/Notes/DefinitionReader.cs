using System.Buffers;
using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// Finds <c>term: definition</c> pairs: <c>**term**：def</c>, <c>**Term:** def</c> (paragraphs and list items),
/// <c>- Term(术语): def</c> and other short plain terms before a colon (list items only), and a bold-only list item whose
/// child items define it.
/// </summary>
internal static partial class DefinitionReader
{
    private const int MaxPlainTermLength = 30;
    private static readonly char[] Colons = [':', '：'];
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create("。，,.;；!！?？");

    // Paragraphs of "Term : definition" read as a glossary only where they are one: three or more, and most of the
    // section's paragraphs ("Note: …" alone is a remark).
    private const int MinGlossaryParagraphs = 3;

    public static IReadOnlyList<TermDefinition> Read(ReadOnlySpan<Block> body, ParagraphText texts)
    {
        // Each paragraph read once: its plain "Term : definition" entry, when it has no bold one.
        var entries = new TermDefinition?[body.Length];
        var paragraphs = 0;
        var plain = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is ParagraphBlock p)
            {
                paragraphs++;
                entries[i] = FromBold(p.Inline, null) is null ? FromPlain(p, texts) : null;
                plain += entries[i] is null ? 0 : 1;
            }
        }

        var glossary = plain >= MinGlossaryParagraphs && 2 * plain > paragraphs;
        List<TermDefinition>? found = null;
        for (var i = 0; i < body.Length; i++)
        {
            var block = body[i];
            if (glossary && entries[i] is { } entry)
            {
                // "Accuracy : A model performance metric that…" in a glossary written as paragraphs.
                (found ??= []).Add(entry);
                continue;
            }

            if (block is Table table)
            {
                (found ??= []).AddRange(FromTable(table));
                continue;
            }

            Visit(block, texts, ref found);
        }

        return found ?? [];
    }

    /// <summary>
    /// A glossary written as a table: a first column headed as the term (术语, Term, English, Model, Service …) and a
    /// column headed as what it means (解释, 说明, Description, Definition, Meaning, Purpose …). Each row is the first cell
    /// and that cell. Other tables (comparisons, parameters, schedules) give nothing.
    /// </summary>
    private static IEnumerable<TermDefinition> FromTable(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count < 2 || !rows[0].IsHeader)
        {
            yield break;
        }

        var header = Cells(rows[0]);
        var described = header.FindLastIndex(h => DescriptionHeader().IsMatch(h));
        if (header.Count < 2 || !TermHeader().IsMatch(header[0]) || described <= 0)
        {
            yield break;
        }

        // "English | 中文 | 说明", "术语 | 全称 | 解释": the other name goes with the term, as a note writes "Accuracy（准确率）".
        var named = header.FindIndex(1, h => NameHeader().IsMatch(h));
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row);
            if (cells.Count > described && cells[0].Length is > 0 and <= 2 * MaxPlainTermLength && cells[described].Length > 0)
            {
                // "-", "—", "N/A": an empty cell, not a name.
                var other = named > 0 && named < described && cells.Count > named ? cells[named] : "";
                var term = other.Length is > 0 and <= 2 * MaxPlainTermLength && other.Any(char.IsLetter) && !NoName().IsMatch(other)
                    && !other.Contains(cells[0], StringComparison.OrdinalIgnoreCase)
                    ? $"{cells[0]}（{other}）"
                    : cells[0];
                yield return new TermDefinition(term, cells[described], TermDefinitionKind.PlainColon);
            }
        }
    }

    private static List<string> Cells(TableRow row) =>
        row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))).Trim()).ToList();

    [GeneratedRegex(@"^(术语|術語|名称|名稱|名词|名詞|概念|英文|English|Term|Terms|Concept|Name|Model|Models|Service|Services|AWS Service|Algorithm|Metric|Technique|缩写|縮寫|Acronym|Abbreviation|模型|服务|服務|算法|指标|指標|技术|技術)$", RegexOptions.IgnoreCase)]
    private static partial Regex TermHeader();

    [GeneratedRegex(@"^(n/?a|none|null|tbd|无|無|暂无|暫無|同上)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoName();

    [GeneratedRegex(@"^(中文|Chinese|英文|English|全称|全稱|Full Name|Full name|Full Form|Stands for|中文名|英文名|译名|譯名)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"^(解释|解釋|说明|說明|含义|含義|意义|意義|定义|定義|描述|释义|釋義|用途|作用|Description|Definition|Meaning|Explanation|What it is|What it does|Purpose|Use|Used for|Use case)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionHeader();

    private static void Visit(Block block, ParagraphText texts, ref List<TermDefinition>? found)
    {
        switch (block)
        {
            case ParagraphBlock p when FromBold(p.Inline, null) is { } def:
                (found ??= []).Add(def);
                break;
            case ListItemBlock item:
                ParagraphBlock? first = null;
                foreach (var part in item)
                {
                    if (part is ParagraphBlock paragraph)
                    {
                        first = paragraph;
                        break;
                    }
                }

                if (first is not null && (FromBold(first.Inline, item) ?? FromMarkedCopula(first.Inline) ?? FromPlain(first, texts)) is { } itemDef)
                {
                    (found ??= []).Add(itemDef);
                }

                foreach (var part in item)
                {
                    if (part is ListBlock list)
                    {
                        Visit(list, texts, ref found);
                    }
                }

                break;
            case ListBlock list when TermLines(list) is { } entries:
                // "* LLM" then, on the next line, "大语言模型（LLM）是一种…": a glossary written as a list of terms.
                (found ??= []).AddRange(entries);
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, texts, ref found);
                }

                break;
        }
    }

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

        if (term.Length is 0 or > MaxPlainTermLength || !term.Any(char.IsAsciiLetter) || term.IndexOfAny(['.', ',', ';', ':', '(', '=', '/']) >= 0
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

    [GeneratedRegex(@"^(a|an|the|one|when|used|any|each)\s", RegexOptions.IgnoreCase)]
    private static partial Regex IsWhat();

    [GeneratedRegex(@"^(\w+ly|not|also|very|more|less|most|often|usually|typically|always|never|important|useful|critical|key|good|bad|better|worse|best|worst|similar|different|available|able|responsible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsQuality();

    private const int MaxMarkedTermWords = 6;
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
                if (term.Length is > 0 and <= MaxPlainTermLength && term.IndexOfAny(SentencePunctuation) < 0 && term.IndexOfAny(Colons) < 0
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

    // item: the list item whose first paragraph this is, or null for a paragraph of its own.
    private static TermDefinition? FromBold(ContainerInline? inline, ListItemBlock? item)
    {
        if (inline?.FirstChild is not EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } bold)
        {
            return null;
        }

        // The texts stay in buffers until they make a definition (most bold openings do not).
        var termText = TextBuilders.Rent();
        InlineText.Append(termText, bold);
        var term = termText.AsSpan().Trim();
        if ((term.Length == 0 || !Colons.Contains(term[^1])) && RestStartsWithoutColon(bold.NextSibling))
        {
            // Neither "**term:** rest" nor "**term**: rest" nor a bold-only item: no definition.
            TextBuilders.Return(termText);
            return null;
        }

        var restText = TextBuilders.Rent();
        for (var sibling = bold.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            InlineText.Append(restText, sibling);
        }

        var definition = FromBold(term, restText.AsSpan().Trim(), item);
        TextBuilders.Return(restText);
        TextBuilders.Return(termText);
        return definition;
    }

    // True when the text from inline on has a first non-white-space character and it is no colon. Reads inline by inline
    // only as far as that character.
    private static bool RestStartsWithoutColon(Inline? inline)
    {
        var text = TextBuilders.Rent();
        var result = false;
        for (; inline is not null; inline = inline.NextSibling)
        {
            var from = text.Length;
            InlineText.Append(text, inline);
            var added = text.AsSpan()[from..].TrimStart();
            if (!added.IsEmpty)
            {
                result = !Colons.Contains(added[0]);
                break;
            }
        }

        TextBuilders.Return(text);
        return result;
    }

    private static TermDefinition? FromBold(ReadOnlySpan<char> term, ReadOnlySpan<char> rest, ListItemBlock? item)
    {
        if (term.Length > 0 && Colons.Contains(term[^1]))
        {
            return rest.Length > 0 ? new TermDefinition(term[..^1].Trim().ToString(), rest.ToString(), TermDefinitionKind.BoldTerm) : null;
        }

        if (rest.Length > 1 && Colons.Contains(rest[0]))
        {
            return new TermDefinition(term.ToString(), rest[1..].Trim().ToString(), TermDefinitionKind.BoldTerm);
        }

        var children = rest.Length == 0 ? item?.OfType<ListBlock>().SelectMany(l => l.OfType<ListItemBlock>()).ToList() : null;
        if (children is { Count: > 0 })
        {
            var parts = children.Select(c => c.OfType<ParagraphBlock>().FirstOrDefault())
                .Select(p => p is null ? "" : InlineText.Of(p.Inline)).Where(t => t.Length > 0);
            return new TermDefinition(term.ToString(), string.Join("；", parts), TermDefinitionKind.ParentItem);
        }

        return null;
    }

    private static TermDefinition? FromPlain(ParagraphBlock paragraph, ParagraphText texts)
    {
        // Only the first colon counts, and only within the term's length: no need to look further.
        var text = texts.Of(paragraph).AsSpan();
        var colon = text[..Math.Min(text.Length, MaxPlainTermLength + 1)].IndexOfAny(':', '：');
        if (colon <= 0 || text[(colon + 1)..].StartsWith("//"))
        {
            return null;
        }

        var term = text[..colon].Trim();
        var definition = text[(colon + 1)..].Trim();
        return term.Length == 0 || definition.Length == 0 || term.IndexOfAny(SentencePunctuation) >= 0
            ? null
            : new TermDefinition(term.ToString(), definition.ToString(), TermDefinitionKind.PlainColon);
    }
}
