using AifStudy.Core.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Notes;

/// <summary>
/// One walk over a section body's blocks and inlines, in document order, collecting bold terms, images, links and
/// mermaid sources (which used to take a walk each).
/// </summary>
internal sealed class InlineCollector
{
    private List<string>? _boldTerms;
    private List<ImageReference>? _images;
    private List<LinkReference>? _links;
    private List<LinkReference>? _autolinks;
    private List<string>? _topMermaid;
    private List<string>? _nestedMermaid;

    /// <summary>Bold texts, first occurrence of each, in document order.</summary>
    public IReadOnlyList<string> BoldTerms => _boldTerms ?? [];

    /// <summary>Images in document order.</summary>
    public IReadOnlyList<ImageReference> Images => _images ?? [];

    /// <summary>Links in document order, then autolinks in document order.</summary>
    public IReadOnlyList<LinkReference> Links =>
        _autolinks is null ? _links ?? [] : [.. _links ?? [], .. _autolinks];

    /// <summary>Mermaid sources: the body's own blocks first, then ones nested in lists or quotes.</summary>
    public IReadOnlyList<string> MermaidBlocks =>
        _nestedMermaid is null ? _topMermaid ?? [] : [.. _topMermaid ?? [], .. _nestedMermaid];

    /// <summary>Visits <paramref name="block"/> and everything inside it.</summary>
    public void Visit(Block block, bool topLevel)
    {
        switch (block)
        {
            case LeafBlock leaf:
                if (leaf is FencedCodeBlock fenced && string.Equals(fenced.Info, "mermaid", StringComparison.OrdinalIgnoreCase))
                {
                    (topLevel ? _topMermaid ??= [] : _nestedMermaid ??= []).Add(fenced.Lines.ToString());
                }

                if (leaf.Inline is not null)
                {
                    VisitInlines(leaf.Inline);
                }

                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Visit(child, topLevel: false);
                }

                break;
        }
    }

    private void VisitInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // Most inlines are plain literals, which hold nothing to collect.
            if (inline.GetType() == typeof(LiteralInline))
            {
                continue;
            }

            switch (inline)
            {
                case EmphasisInline { DelimiterCount: 2, DelimiterChar: '*' or '_' } bold:
                    AddBoldTerm(InlineText.Of(bold));
                    break;
                case HtmlInline { Tag: var tag } html when BoldTermReader.IsOpenBold(tag):
                    AddBoldTerm(BoldTermReader.HtmlBold(html));
                    break;
                case LinkInline { IsImage: true } image:
                    (_images ??= []).Add(new ImageReference(InlineText.Of(image), image.Url ?? ""));
                    break;
                case LinkInline link:
                    (_links ??= []).Add(new LinkReference(InlineText.Of(link), link.Url ?? ""));
                    break;
                case AutolinkInline autolink:
                    (_autolinks ??= []).Add(new LinkReference(autolink.Url, autolink.Url));
                    break;
            }

            if (inline is ContainerInline inner)
            {
                VisitInlines(inner);
            }
        }
    }

    private void AddBoldTerm(string? term)
    {
        if (!string.IsNullOrWhiteSpace(term) && !(_boldTerms ??= []).Contains(term))
        {
            _boldTerms.Add(term);
        }
    }
}
