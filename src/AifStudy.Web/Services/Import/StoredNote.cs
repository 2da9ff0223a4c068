using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Import;

/// <summary>A stored note as the import needs to know it: identity and version, not content.</summary>
internal sealed record StoredNote(int Id, string SourcePath, string Slug, string ContentHash, string ParserVersion, string CardsVersion, string Normalizations, string Warnings)
{
    /// <summary>Every stored note by its path, without the notes' text: a large content folder must not be held in memory at once.</summary>
    public static Task<Dictionary<string, StoredNote>> ReadAllAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        db.Notes.AsNoTracking()
            .Select(n => new StoredNote(n.Id, n.SourcePath, n.Slug, n.ContentHash, n.ParserVersion, n.CardsVersion, n.Normalizations, n.Warnings))
            .ToDictionaryAsync(n => n.SourcePath, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// Whether a file with these bytes needs nothing done: same bytes parsed by the same parser version, cards made by the
    /// same card sync. A newer parser re-derives the sections (and a newer card sync the cards).
    /// </summary>
    public bool IsCurrent(string contentHash) =>
        ContentHash == contentHash && ParserVersion == NoteParser.OutputVersion && CardsVersion == CardSync.Version;
}
