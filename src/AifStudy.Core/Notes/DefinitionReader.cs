using System.Buffers;
using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// Finds <c>term: definition</c> pairs: <c>**term**：def</c>, <c>**Term:** def</c> (paragraphs and list items),
/// <c>- Term(术语): def</c> and other short plain terms before a colon (list items only), a bold-only list item whose
/// child items define it, and a bold term alone on its line over its definition.
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

        // Advice to the reader after a definition ("Understand how to deploy…") is not part of it, nor the "；" that ends
        // one entry of a list written as one sentence.
        return found is null ? [] : found.ConvertAll(d => StudyAdvice.TrimTrailing(d.Definition).TrimEnd().TrimEnd('；', ';').TrimEnd() is { Length: > 0 } trimmed && trimmed.Length != d.Definition.Length ? d with { Definition = trimmed } : d);
    }

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

                if (first is not null && (FromBold(first.Inline, item) ?? FromMarkedCopula(first.Inline) ?? FromPlain(first, texts) ?? FromPipe(first, item, texts) ?? FromDash(first, item, texts)) is { } itemDef)
                {
                    (found ??= []).Add(itemDef);
                }

                // "Why deep learning thrive now?" over "Hardware: gaming market subsidized…": the items under a why-question
                // are its reasons, and their labels are no terms.
                if (first is not null && GivesNoTerms(texts.Of(first)))
                {
                    break;
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
        if (bold.NextSibling is LineBreakInline lineBreak && term.Length is > 0 and <= MaxPlainTermLength && !Colons.Contains(term[^1])
            && term.IndexOfAny(SentencePunctuation) < 0)
        {
            // "**Machine Learning**" and, on the next line, "A specialized subfield of AI that…": a term over its definition.
            var lineText = TextBuilders.Rent();
            for (var sibling = lineBreak.NextSibling; sibling is not null; sibling = sibling.NextSibling)
            {
                InlineText.Append(lineText, sibling);
            }

            var line = lineText.AsSpan().Trim();
            var below = line.Length > 0 && !Colons.Contains(line[0]) ? new TermDefinition(term.ToString(), line.ToString(), TermDefinitionKind.BoldTerm) : null;
            TextBuilders.Return(lineText);
            TextBuilders.Return(termText);
            return below;
        }

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
        // "比例4:3符合屏幕显示习惯", "10:30": a ratio or a time between digits, not a term's colon.
        if (colon <= 0 || text[(colon + 1)..].StartsWith("//") || (char.IsAsciiDigit(text[colon - 1]) && colon + 1 < text.Length && char.IsAsciiDigit(text[colon + 1])))
        {
            return null;
        }

        var term = text[..colon].Trim();
        var definition = text[(colon + 1)..].Trim();
        // "S3 Standard - availability: 99.99%, durability: 11 9's": a name and the first of its fields, not a term.
        return term.Length == 0 || definition.Length == 0 || term.IndexOfAny(SentencePunctuation) >= 0 || SpacedDash(term)
            ? null
            : new TermDefinition(term.ToString(), definition.ToString(), TermDefinitionKind.PlainColon);
    }

    private static bool SpacedDash(ReadOnlySpan<char> term) =>
        term.Contains(" - ", StringComparison.Ordinal) || term.Contains(" – ", StringComparison.Ordinal) || term.Contains(" — ", StringComparison.Ordinal);
}
