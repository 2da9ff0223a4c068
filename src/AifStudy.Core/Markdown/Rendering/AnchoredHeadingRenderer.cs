using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Renders headings with the section anchor as id and a small <c>#</c> link to it.</summary>
internal sealed class AnchoredHeadingRenderer(IReadOnlyDictionary<HeadingBlock, string> anchors) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        var tag = "h" + Math.Clamp(obj.Level, 1, 6).ToString(CultureInfo.InvariantCulture);
        var id = anchors.GetValueOrDefault(obj);
        if (id is not null)
        {
            obj.GetAttributes().Id = id;
        }

        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(obj).Write('>');
        renderer.WriteLeafInline(obj);
        if (id is not null)
        {
            renderer.Write(" <a class=\"anchor\" href=\"#").WriteEscape(id).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
