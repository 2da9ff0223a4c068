using System.Collections.Concurrent;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Import;

namespace AifStudy.Web.Services.Notes;

/// <summary>
/// Builds the note page's model and HTML from the database. Both depend only on the stored note, so they are kept until
/// an import changes the notes (<see cref="ImportProgress.NotesVersion"/>): a page view then reads nothing from the database
/// for the note itself.
/// </summary>
public sealed class NotePageService(NoteCatalog catalog, NoteHtmlService html, ImportProgress imports)
{
    /// <summary>Per slug, the model and the notes version it was read at; only notes that exist are kept.</summary>
    private readonly ConcurrentDictionary<string, (long NotesVersion, NotePageModel Model)> _models = new(StringComparer.Ordinal);

    public async Task<(NotePageModel Model, NoteHtml Html)?> GetAsync(string slug, CancellationToken cancellationToken = default)
    {
        // Read before the database: an import that commits in between leaves the entry older than the version, so it is read again.
        var notesVersion = imports.NotesVersion;
        if (_models.TryGetValue(slug, out var known) && known.NotesVersion == notesVersion && html.TryGetCached(known.Model.Version) is { } cached)
        {
            return (known.Model, cached);
        }

        var note = await catalog.GetNoteAsync(slug, cancellationToken);
        if (note is null)
        {
            _models.TryRemove(slug, out _);
            return null;
        }

        var model = ToModel(note);
        _models[slug] = (notesVersion, model);
        return (model, html.Render(note));
    }

    /// <summary>The HTML for <paramref name="model"/>: from the cache when it was rendered recently, else loaded again.</summary>
    public async ValueTask<NoteHtml?> GetHtmlAsync(NotePageModel model, CancellationToken cancellationToken = default)
    {
        if (html.TryGetCached(model.Version) is { } cached)
        {
            return cached;
        }

        var fresh = await GetAsync(model.Slug, cancellationToken);
        return fresh?.Html;
    }

    private static NotePageModel ToModel(Note note)
    {
        var headings = note.Sections.Where(s => s.Level > 0).ToList();
        var first = headings.FirstOrDefault();
        var bodyStartsWithTitle = first is { Level: 1 } && first.Position == 0 && first.Title == note.Title;
        return new NotePageModel
        {
            Slug = note.Slug,
            Title = note.Title,
            Domain = note.Domain,
            DomainName = AifDomains.Find(note.Domain)?.Label ?? "Unassigned",
            Languages = SplitList(note.Languages),
            SourcePath = note.SourcePath,
            SectionCount = note.SectionCount,
            BodyStartsWithTitle = bodyStartsWithTitle,
            Version = NoteHtmlService.VersionOf(note),
            // The page header shows the title, so the body's own title heading is neither shown nor listed again.
            Toc = [.. headings.Select((s, i) => new TocEntry(s.Level, s.Title, s.Anchor, IsEmptyLeaf(headings, i), SplitList(s.Languages)) { IsReadable = !s.IsEmpty })
                .Skip(bodyStartsWithTitle ? 1 : 0)],
            ReadableAnchors = [.. headings.Where(s => !s.IsEmpty).Select(s => s.Anchor)],
            ReadAfterMilliseconds = [.. headings.Where(s => !s.IsEmpty).Select(s => s.ReadMilliseconds)],
        };
    }

    /// <summary>A heading without body and without subsections: a gap in the notes, worth showing as such.</summary>
    private static bool IsEmptyLeaf(List<Section> headings, int i)
        => headings[i].IsEmpty && (i + 1 == headings.Count || headings[i + 1].Level <= headings[i].Level);

    internal static IReadOnlyList<string> SplitList(string value)
        => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
