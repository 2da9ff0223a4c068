using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Renders ```mermaid fences as <c>&lt;pre class="mermaid"&gt;</c> with the source HTML-escaped; other code as Markdig does.</summary>
internal sealed class MermaidCodeBlockRenderer(IMarkdownObjectRenderer inner) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (obj is FencedCodeBlock { Info: var info } && string.Equals(info, "mermaid", StringComparison.OrdinalIgnoreCase))
        {
            renderer.EnsureLine();
            renderer.Write("<pre class=\"mermaid\">").WriteEscape(obj.Lines.ToString()).WriteLine("</pre>");
            return;
        }

        inner.Write(renderer, obj);
    }
}
