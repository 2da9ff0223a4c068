using System.Net;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using Microsoft.Extensions.Caching.Memory;

namespace AifStudy.Web.Services.Notes;

/// <summary>
/// Renders a stored note to safe HTML. Rendering happens on request (cached per note version) rather than at import,
/// so an image dropped beside a note later shows up without re-importing it.
/// </summary>
public sealed class NoteHtmlService(NoteParser parser, ContentHtmlSanitizer sanitizer, ContentFiles files, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    public static NoteVersion VersionOf(Note note) => new(note.Id, note.ContentHash);

    /// <summary>The HTML of a version rendered recently, without touching the database.</summary>
    public NoteHtml? TryGetCached(NoteVersion version) => cache.TryGetValue(version, out NoteHtml? html) ? html : null;

    public NoteHtml Render(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return cache.GetOrCreate(VersionOf(note), entry =>
        {
            entry.SlidingExpiration = CacheFor;
            var pagePath = $"notes/{note.Slug}";
            var parsed = parser.Parse(note.Markdown, note.SourcePath);
            var body = NoteHtmlRenderer.Render(parsed, url => files.ResolveImage(note.SourcePath, url));
            var mindmap = note.HasAuthoredMindmap || string.IsNullOrWhiteSpace(note.GeneratedMindmap)
                ? null
                : sanitizer.Sanitize($"<pre class=\"mermaid\">{WebUtility.HtmlEncode(note.GeneratedMindmap)}</pre>", pagePath);
            return new NoteHtml(sanitizer.Sanitize(body, pagePath), mindmap);
        })!;
    }
}
