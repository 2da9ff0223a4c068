using AifStudy.Core.Markdown;
using AngleSharp.Dom;

namespace AifStudy.Web.Services;

/// <summary>
/// Moves the ids and names a note writes itself (raw HTML, <c>{#id}</c> attributes) into <see cref="ContentIds"/>'
/// namespace, where the renderer already puts heading ids, so that no note can make <c>window.mermaid</c> or
/// <c>document.getElementById</c> an element of its own. Attributes that refer to ids move with them.
/// </summary>
internal static class ContentIdAttributes
{
    public static void Namespace(IElement element)
    {
        foreach (var name in (ReadOnlySpan<string>)["id", "name", "for", "list"])
        {
            if (element.GetAttribute(name) is { } value)
            {
                element.SetAttribute(name, Prefixed(value));
            }
        }

        if (element.GetAttribute("headers") is { } headers)
        {
            element.SetAttribute("headers", string.Join(' ', headers.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Prefixed)));
        }

        if (element.GetAttribute("usemap") is { } map && map.StartsWith('#'))
        {
            element.SetAttribute("usemap", "#" + Prefixed(map[1..]));
        }
    }

    // The renderer's heading ids have the prefix already; a note's own id that has it is already harmless.
    private static string Prefixed(string value) =>
        value.StartsWith(ContentIds.Prefix, StringComparison.Ordinal) ? value : ContentIds.For(value);
}
