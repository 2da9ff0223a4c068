using Ganss.Xss;

namespace AifStudy.Web.Services;

/// <summary>
/// Notes are user files: their rendered HTML passes through here before it reaches a browser. Scripts, event-handler
/// attributes, <c>javascript:</c> and <c>data:</c> URLs, iframes, forms and styles are removed; what the note renderer emits (heading ids,
/// mermaid blocks, image placeholders, tables, callouts) is kept. Every id and name ends up with the
/// <c>user-content-</c> prefix (<see cref="ContentIdAttributes"/>), so none can stand in for a global of the page.
/// </summary>
public sealed class ContentHtmlSanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public ContentHtmlSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedAttributes.UnionWith(["class", "id", "role", "aria-label", "aria-hidden", "loading", "start", "title"]);
        // Language marks of paragraphs and list items (NoteHtmlRenderer.RenderWithLanguages) drive the bilingual toggle.
        _sanitizer.AllowedAttributes.UnionWith(["data-lang", "data-pair"]);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.AllowedTags.Remove("style");
        _sanitizer.AllowedTags.UnionWith(["details", "summary", "mark"]);

        // A note is read, not submitted: a form in one would post (or reload the page) when its button is pressed.
        _sanitizer.AllowedTags.Remove("form");
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        _sanitizer.AllowedCssProperties.Clear();
        _sanitizer.KeepChildNodes = true;
        _sanitizer.RemovingTag += (_, e) =>
        {
            // Unknown tags keep their text, but the text of a script or style is code, not content.
            if (e.Tag.NodeName is "SCRIPT" or "STYLE" or "NOSCRIPT" or "TEMPLATE" or "IFRAME" or "OBJECT" or "EMBED")
            {
                e.Tag.TextContent = "";
            }
        };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element)
            {
                ContentIdAttributes.Namespace(element);
            }

            // External links open in a new tab without handing the opener to the target.
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a
                && a.GetAttribute("href") is { } href
                && (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                a.SetAttribute("target", "_blank");
                a.SetAttribute("rel", "noopener noreferrer");
            }
        };
        _sanitizer.AllowedAttributes.UnionWith(["target", "rel"]);
    }

    /// <summary>
    /// Returns safe HTML. In-page links (<c>#anchor</c>) are rewritten to <paramref name="pagePath"/><c>#anchor</c>,
    /// because the app's <c>&lt;base href="/"&gt;</c> would otherwise send them to the home page.
    /// </summary>
    public string Sanitize(string html, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(html);
        var safe = _sanitizer.Sanitize(html);
        return safe.Replace("href=\"#", $"href=\"{pagePath}#", StringComparison.Ordinal);
    }
}
