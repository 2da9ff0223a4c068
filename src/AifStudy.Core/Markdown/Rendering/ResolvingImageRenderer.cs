using AifStudy.Core.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>
/// Renders images through the host's resolver: a lazy <c>&lt;img&gt;</c> when the file exists, otherwise a labelled
/// placeholder so a missing picture reads as "missing", not as a broken-image icon. Links render as Markdig does.
/// </summary>
internal sealed class ResolvingImageRenderer(IMarkdownObjectRenderer inner, Func<string, string?> resolveImage) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline obj)
    {
        if (!obj.IsImage)
        {
            inner.Write(renderer, obj);
            return;
        }

        var url = obj.Url ?? "";
        var alt = InlineText.Of(obj);
        var resolved = url.Length == 0 ? null : resolveImage(url);
        if (resolved is null)
        {
            var label = alt.Length > 0 ? alt : Path.GetFileName(Uri.UnescapeDataString(url));
            renderer.Write("<span class=\"img-missing\" role=\"img\" aria-label=\"").WriteEscape(label).Write("\">")
                .WriteEscape(label).Write("</span>");
            return;
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(resolved).Write("\" alt=\"").WriteEscape(alt).Write('"');
        if (!string.IsNullOrEmpty(obj.Title))
        {
            renderer.Write(" title=\"").WriteEscape(obj.Title).Write('"');
        }

        renderer.Write(" loading=\"lazy\" />");
    }
}
