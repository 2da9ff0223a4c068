using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Renders <c>$$..$$</c> blocks as <c>&lt;div class="math"&gt;</c> holding readable text.</summary>
internal sealed class ReadableMathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"math\">").Write(TexText.ToHtml(obj.Lines.ToString())).WriteLine("</div>");
    }
}
