using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Services.Import;

public sealed partial class ContentImporter
{
    /// <summary>A stored note as the importer needs to know it: identity and version, not content.</summary>
    private sealed record StoredNote(int Id, string SourcePath, string Slug, string ContentHash, string ParserVersion, string CardsVersion, string Normalizations, string Warnings);

    /// <summary>What every file of one import shares. All notes of a run get the run's start as their ImportedAt.</summary>
    private sealed record Batch(StudyDbContext Db, ImportRows Rows, ImportTimings Times, string Root, long MaxFileBytes, DateTimeOffset ImportedAt, SlugAllocator Slugs)
    {
        /// <summary>
        /// Ids of the notes updated in this run, whose search index rows are rebuilt before the commit (new notes get
        /// theirs as they are stored). Only ids: holding every note with its text and sections until the end cost 1.5 GB
        /// on a 2,000-note import.
        /// </summary>
        public List<int> Touched { get; } = [];

        /// <summary>Keys of the cards that belong to no note, read once the removed notes' cards are retired (<see cref="CardSync.SyncAsync"/>).</summary>
        public IReadOnlySet<string> OrphanKeys { get; set; } = new HashSet<string>();
    }

    /// <summary>
    /// One file as the preparing thread hands it to the writing thread: either finished (<see cref="Done"/>: unchanged,
    /// unreadable, unparsable) or parsed, with its cards; a new note also with its entity, sections and search entries.
    /// </summary>
    private sealed record PreparedFile(string Path, StoredNote? Existing, ImportFileResult? Done)
    {
        public string Hash { get; init; } = "";

        public ParsedNote? Parsed { get; init; }

        public Note? NewNote { get; init; }

        public List<Section>? Sections { get; init; }

        public IReadOnlyList<GeneratedCard>? Cards { get; init; }

        public SearchEntry[] SectionEntries { get; init; } = [];

        public SearchEntry[] CardEntries { get; init; } = [];
    }
}
