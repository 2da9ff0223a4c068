using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>Everything the parser reads from one section's own body blocks.</summary>
internal sealed record SectionContent
{
    private const int LongestPlaceholder = 4;

    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "略", "TODO", "TBD", "待补充", "待補充", "...", "……", "…", "。。。",
    };

    public required string Markdown { get; init; }
    public required string PlainText { get; init; }
    public bool IsEmpty { get; init; }
    public bool IsPlaceholder { get; init; }
    public IReadOnlyList<ListItemNode> ListItems { get; init; } = [];
    public IReadOnlyList<string> BoldTerms { get; init; } = [];
    public IReadOnlyList<TermDefinition> Definitions { get; init; } = [];
    public IReadOnlyList<string> MermaidBlocks { get; init; } = [];
    public IReadOnlyList<ImageReference> Images { get; init; } = [];
    public IReadOnlyList<LinkReference> Links { get; init; } = [];
    public IReadOnlyList<BilingualPair> BilingualPairs { get; init; } = [];

    /// <summary>The plain text of the body's first block when it is a paragraph ("Data drift happens when…" under "### Definition").</summary>
    public string? Lead { get; init; }

    /// <summary>The text of the first item when the body opens with a list ("- Automatically convert speech to text" under "#### Amazon Transcribe").</summary>
    public string? LeadItem { get; init; }

    /// <summary>
    /// Reads the body in a few passes that share their work: one for the plain text (which the bilingual pairs reuse),
    /// one over the inlines for bold terms, images and links, and one over the lists for items and definitions.
    /// </summary>
    public static SectionContent Read(ReadOnlySpan<Block> body, string markdown)
    {
        if (body.IsEmpty)
        {
            return new SectionContent { Markdown = "", PlainText = "", IsEmpty = true };
        }

        var start = body[0].Span.Start;
        var end = int.MinValue;
        foreach (var block in body)
        {
            end = Math.Max(end, block.Span.End);
        }

        end = Math.Min(markdown.Length - 1, end);
        var paragraphTexts = ParagraphText.Rent();
        var (plain, blockTexts) = ReadPlainText(body, paragraphTexts);
        var inlines = new InlineCollector();
        var listItems = new List<ListItemNode>();
        foreach (var block in body)
        {
            inlines.Visit(block, topLevel: true);
            if (block is ListBlock list)
            {
                ListItemReader.Read(list, markdown, paragraphTexts, listItems);
            }
        }

        var definitions = DefinitionReader.Read(body, paragraphTexts);
        ParagraphText.Return(paragraphTexts);
        return new SectionContent
        {
            Markdown = end >= start ? markdown.AsSpan(start, end + 1 - start).Trim('\n').ToString() : "",
            PlainText = plain,
            IsPlaceholder = IsPlaceholderText(plain),
            ListItems = listItems,
            BoldTerms = inlines.BoldTerms,
            Definitions = definitions,
            MermaidBlocks = inlines.MermaidBlocks,
            Images = inlines.Images,
            Links = inlines.Links,
            BilingualPairs = BilingualPairReader.Read(body, plain, blockTexts),
            Lead = body[0] is ParagraphBlock ? plain[blockTexts[0]].Trim() : null,
            LeadItem = body[0] is ListBlock && listItems.Count > 0 ? listItems[0].Text : null,
        };
    }

    // The section's text, and where each top-level block's own text lies in it.
    private static (string Text, Range[] Blocks) ReadPlainText(ReadOnlySpan<Block> body, ParagraphText paragraphTexts)
    {
        var sb = TextBuilders.Rent();
        var blocks = new Range[body.Length];
        var first = true;
        for (var i = 0; i < body.Length; i++)
        {
            var before = sb.Length;
            BlockText.Append(sb, body[i], '\n', skipEmpty: true, ref first, paragraphTexts);
            var blockStart = before > 0 && sb.Length > before ? before + 1 : before;
            blocks[i] = blockStart..sb.Length;
        }

        return (TextBuilders.ToStringAndReturn(sb), blocks);
    }

    private static bool IsPlaceholderText(string plain)
    {
        var trimmed = plain.AsSpan().Trim();
        return trimmed.Length is > 0 and <= LongestPlaceholder && Placeholders.Contains(trimmed.ToString());
    }
}
