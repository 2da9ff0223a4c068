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
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);

    public string RenderBody(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return cache.GetOrCreate(("note-body", note.Id, note.ContentHash), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var parsed = parser.Parse(note.Markdown, note.SourcePath);
            var html = NoteHtmlRenderer.Render(parsed, url => files.ResolveImage(note.SourcePath, url));
            return sanitizer.Sanitize(html, $"notes/{note.Slug}");
        })!;
    }

    public string? RenderGeneratedMindmap(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return note.HasAuthoredMindmap || string.IsNullOrWhiteSpace(note.GeneratedMindmap)
            ? null
            : sanitizer.Sanitize($"<pre class=\"mermaid\">{WebUtility.HtmlEncode(note.GeneratedMindmap)}</pre>", $"notes/{note.Slug}");
    }
}
