using System.Net;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace AifStudy.Web.Services.Notes;

/// <summary>
/// Renders a stored note to safe HTML. Rendering happens on request (cached per note version) rather than at import,
/// so an image dropped beside a note later shows up without re-importing it: a cached rendering is used only while
/// each of its images still resolves as it did.
/// </summary>
public sealed class NoteHtmlService(NoteParser parser, ContentHtmlSanitizer sanitizer, ContentFiles files, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public static NoteVersion VersionOf(Note note) => new(note.Id, note.ContentHash);

    /// <summary>The HTML of a version rendered recently, without touching the database.</summary>
    public NoteHtml? TryGetCached(NoteVersion version) =>
        cache.TryGetValue(version, out RenderedNote? rendered) && rendered!.ImagesUnchanged(files) ? rendered.Html : null;

    public NoteHtml Render(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var version = VersionOf(note);
        if (TryGetCached(version) is { } cached)
        {
            return cached;
        }

        var images = new List<ImageLookup>();
        var parsed = parser.Parse(note.Markdown, note.SourcePath);
        NoteRendering body;
        try
        {
            body = NoteHtmlRenderer.RenderWithLanguages(parsed, url =>
            {
                var resolved = files.ResolveImage(note.SourcePath, url);
                images.Add(new ImageLookup(url, resolved));
                return resolved;
            });
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses to render past its nesting limit (a note of thousands of nested emphasis markers, say):
            // show the text as it is, with the reason, rather than fail the page.
            body = new NoteRendering(
                $"<p class=\"render-error\" role=\"alert\">This note cannot be displayed as formatted text: {WebUtility.HtmlEncode(ex.Message)}</p>"
                + $"<pre>{WebUtility.HtmlEncode(note.Markdown)}</pre>",
                BlockLanguageCounts.None);
        }
        var pagePath = $"notes/{note.Slug}";
        var mindmap = note.HasAuthoredMindmap || !AifStudy.Core.Mindmaps.MindmapBuilder.IsWorthShowing(note.GeneratedMindmap)
            ? null
            : sanitizer.Sanitize($"<pre class=\"mermaid\">{WebUtility.HtmlEncode(note.GeneratedMindmap)}</pre>", pagePath);
        var html = new NoteHtml(sanitizer.Sanitize(body.Html, pagePath), mindmap, body.Languages);
        cache.Set(version, new RenderedNote(html, note.SourcePath, images), new MemoryCacheEntryOptions { SlidingExpiration = CacheFor });
        return html;
    }

    private sealed record ImageLookup(string Url, string? Resolved);

    private sealed record RenderedNote(NoteHtml Html, string SourcePath, IReadOnlyList<ImageLookup> Images)
    {
        public bool ImagesUnchanged(ContentFiles files) =>
            Images.All(image => files.ResolveImage(SourcePath, image.Url) == image.Resolved);
    }
}
