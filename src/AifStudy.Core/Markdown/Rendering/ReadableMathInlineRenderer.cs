using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Renders <c>$..$</c> as <c>&lt;span class="math"&gt;</c> holding readable text (see <see cref="TexText"/>).</summary>
internal sealed class ReadableMathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj) =>
        renderer.Write("<span class=\"math\">").Write(TexText.ToHtml(obj.Content.ToString())).Write("</span>");
}
