using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AifStudy.Core.Markdown.Rendering;

/// <summary>Renders <c>::: tip Title</c> containers as <c>&lt;div class="callout tip"&gt;</c> with an optional title.</summary>
internal sealed partial class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = NotClassChars().Replace((obj.Info ?? "").ToLowerInvariant(), "");
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout").Write(kind.Length > 0 ? " " + kind : "").WriteLine("\">");
        if (!string.IsNullOrWhiteSpace(obj.Arguments))
        {
            renderer.Write("<p class=\"callout-title\">").WriteEscape(obj.Arguments.Trim()).WriteLine("</p>");
        }

        renderer.WriteChildren(obj);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NotClassChars();
}
