using AifStudy.Web.Data;

namespace AifStudy.Web.Services;

public sealed partial class ContentImporter
{
    /// <summary>A stored note as the importer needs to know it: identity and version, not content.</summary>
    private sealed record StoredNote(int Id, string SourcePath, string Slug, string ContentHash, string ParserVersion, string CardsVersion, string Normalizations, string Warnings);

    /// <summary>What every file of one import shares. All notes of a run get the run's start as their ImportedAt.</summary>
    private sealed record Batch(StudyDbContext Db, ImportRows Rows, ImportTimings Times, string Root, long MaxFileBytes, DateTimeOffset ImportedAt, SlugAllocator Slugs)
    {
        /// <summary>
        /// Ids of the notes added or updated in this run, whose search index rows are rebuilt before the commit. Only ids:
        /// holding every note with its text and sections until the end cost 1.5 GB on a 2,000-note import.
        /// </summary>
        public List<(int NoteId, bool IsNew)> Touched { get; } = [];
    }
}
