using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>
/// Renders headings with the section anchor as id, in <see cref="ContentIds"/>' namespace, and a small <c>#</c> link to
/// the plain anchor, the form a URL carries.
/// </summary>
internal sealed class AnchoredHeadingRenderer(IReadOnlyDictionary<HeadingBlock, string> anchors) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = "h" + Math.Clamp(obj.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        var anchor = anchors.GetValueOrDefault(obj);
        if (anchor is not null)
        {
            obj.GetAttributes().Id = ContentIds.For(anchor);
        }

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        renderer.WriteLeafInline(obj);
        if (anchor is not null)
        {
            renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscape(anchor).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
