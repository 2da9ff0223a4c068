using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>Everything the parser reads from one section's own body blocks.</summary>
internal sealed record SectionContent
{
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

    public static SectionContent Read(IReadOnlyList<Block> body, string markdown)
    {
        if (body.Count == 0)
        {
            return new SectionContent { Markdown = "", PlainText = "", IsEmpty = true };
        }

        var start = body[0].Span.Start;
        var end = Math.Min(markdown.Length - 1, body.Max(b => b.Span.End));
        var plain = BlockText.Of(body);
        var all = body.Concat(body.SelectMany(b => b.Descendants<Block>())).ToList();
        return new SectionContent
        {
            Markdown = end >= start ? markdown[start..(end + 1)].Trim('\n') : "",
            PlainText = plain,
            IsPlaceholder = Placeholders.Contains(plain.Trim()),
            ListItems = body.OfType<ListBlock>().SelectMany(l => ListItemReader.Read(l, markdown)).ToList(),
            BoldTerms = BoldTermReader.Read(body),
            Definitions = DefinitionReader.Read(body),
            MermaidBlocks = all.OfType<FencedCodeBlock>()
                .Where(f => string.Equals(f.Info, "mermaid", StringComparison.OrdinalIgnoreCase))
                .Select(f => f.Lines.ToString()).ToList(),
            Images = Inlines<LinkInline>(body).Where(l => l.IsImage)
                .Select(l => new ImageReference(InlineText.Of(l), l.Url ?? "")).ToList(),
            Links = Inlines<LinkInline>(body).Where(l => !l.IsImage)
                .Select(l => new LinkReference(InlineText.Of(l), l.Url ?? ""))
                .Concat(Inlines<AutolinkInline>(body).Select(a => new LinkReference(a.Url, a.Url))).ToList(),
            BilingualPairs = BilingualPairReader.Read(body),
        };
    }

    /// <summary>Inlines of type <typeparamref name="T"/> anywhere in <paramref name="body"/>, in document order.</summary>
    internal static IEnumerable<T> Inlines<T>(IEnumerable<Block> body)
        where T : Inline =>
        body.SelectMany(b => b is LeafBlock leaf ? [leaf] : b.Descendants<LeafBlock>())
            .Where(leaf => leaf.Inline is not null)
            .SelectMany(leaf => leaf.Inline!.Descendants<T>());
}
