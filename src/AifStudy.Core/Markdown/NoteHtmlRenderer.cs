using System.Globalization;
using AifStudy.Core.Markdown.Rendering;
using AifStudy.Core.Notes;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace AifStudy.Core.Markdown;

/// <summary>
/// Renders a parsed note's markdown to HTML: heading ids made from the sections' anchors (<see cref="ContentIds"/>), mermaid blocks as
/// <c>&lt;pre class="mermaid"&gt;</c>, missing images as placeholders. The output is NOT sanitised; the host must sanitise.
/// </summary>
public static class NoteHtmlRenderer
{
    /// <summary>
    /// Renders <paramref name="note"/>. <paramref name="resolveImage"/> maps an image URL as written to the URL to serve,
    /// or null when the image does not exist (a placeholder with its alt text is rendered instead).
    /// </summary>
    public static string Render(ParsedNote note, Func<string, string?> resolveImage) => RenderCore(note, resolveImage, markLanguages: false).Html;

    /// <summary>
    /// Renders like <see cref="Render"/>, and marks paragraphs, list items and quotes with their language
    /// (<c>data-lang</c>, <c>data-pair</c>: see docs/note-format.md) and counts them.
    /// </summary>
    public static NoteRendering RenderWithLanguages(ParsedNote note, Func<string, string?> resolveImage) =>
        RenderCore(note, resolveImage, markLanguages: true);

    private static NoteRendering RenderCore(ParsedNote note, Func<string, string?> resolveImage, bool markLanguages)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(resolveImage);

        // Same text, same pipeline, same AST as the parser saw, so HeadingAnchors gives the same ids.
        var document = Markdig.Markdown.Parse(note.NormalizedMarkdown, MarkdownPipelines.Default);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var languages = markLanguages ? BlockLanguageMarker.Mark(document) : BlockLanguageCounts.None;
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Default.Setup(renderer);

        var renderers = renderer.ObjectRenderers;
        renderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer(HeadingAnchors.Assign(document)));
        renderers.ReplaceOrAdd<CodeBlockRenderer>(new MermaidCodeBlockRenderer(renderers.Find<CodeBlockRenderer>()!));
        renderers.ReplaceOrAdd<LinkInlineRenderer>(new ResolvingImageRenderer(renderers.Find<LinkInlineRenderer>()!, resolveImage));
        renderers.ReplaceOrAdd<HtmlTableRenderer>(new WrappedTableRenderer(renderers.Find<HtmlTableRenderer>()!));
        renderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutRenderer());
        renderers.ReplaceOrAdd<HtmlMathInlineRenderer>(new ReadableMathInlineRenderer());
        renderers.ReplaceOrAdd<HtmlMathBlockRenderer>(new ReadableMathBlockRenderer());

        renderer.Render(document);
        writer.Flush();
        return new NoteRendering(writer.ToString(), languages);
    }
}
