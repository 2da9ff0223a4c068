using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Wraps tables in <c>&lt;div class="table-wrap"&gt;</c> so wide ones scroll instead of breaking the page.</summary>
internal sealed class WrappedTableRenderer(IMarkdownObjectRenderer inner) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-wrap\">");
        inner.Write(renderer, obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
