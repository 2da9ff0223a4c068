using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Brings the database in line with the content folder: new files are added, changed ones updated in place
/// (same note id, sections replaced), unchanged ones left untouched and notes whose file is gone removed.
/// A file that cannot be used fails on its own; its last good version stays. The cards of every added or updated note
/// are synced with it (<see cref="CardSync"/>) and those of removed notes retired, in the same transaction, which also
/// updates the search index (<see cref="SqliteSearchIndex"/>).
/// </summary>
public sealed partial class ContentImporter(
    IDbContextFactory<StudyDbContext> dbFactory,
    IOptions<ContentOptions> options,
    NoteParser parser,
    SqliteSearchIndex searchIndex,
    SqliteCheckpoints checkpoints,
    TimeProvider timeProvider,
    ILogger<ContentImporter> logger) : IDisposable
{
    private const int RunsKept = 20;

    // Changed notes saved per round trip inside the import's transaction.
    private const int SaveEvery = 25;

    // Files the preparing thread may run ahead of the writing one (bounds the memory of parsed notes waiting).
    private const int PreparedAhead = 16;

    // One import at a time: a start-up import and a "re-import" button must not interleave.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Imports the content folder in one transaction and returns the stored report.</summary>
    public async Task<ImportRun> ImportAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ImportCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// Test seam: runs between listing a file and reading it, which is where a user's editor may delete or rewrite it.
    /// </summary>
    internal Func<string, Task>? BeforeReadingFile { get; set; }

    /// <summary>Where the last finished import spent its time (for the import benchmark).</summary>
    internal ImportTimings? LastTimings { get; private set; }

    private async Task<ImportRun> ImportCoreAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var root = settings.Path;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content folder '{root}' does not exist (set Content:Path).");
        }

        var run = new ImportRun { ContentPath = root, StartedAt = timeProvider.GetUtcNow() };
        var times = new ImportTimings();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var rows = await ImportRows.CreateAsync(db, cancellationToken);
        // Copying the log into the file waits for after the commit; a larger page cache for the inserts.
        await SqliteImportConnection.ConfigureAsync(db, options.Value.ImportCacheMebibytes, cancellationToken);
        return await ImportInTransactionAsync(db, transaction, rows, run, times, cancellationToken);
    }

    private async Task<ImportRun> ImportInTransactionAsync(StudyDbContext db, IDbContextTransaction transaction, ImportRows rows, ImportRun run, ImportTimings times, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var root = settings.Path;

        var read = times.Measure(ImportPhase.Read);
        // What is stored, without the notes' text: a large content folder must not be held in memory at once.
        var stored = await db.Notes.AsNoTracking()
            .Select(n => new StoredNote(n.Id, n.SourcePath, n.Slug, n.ContentHash, n.ParserVersion, n.CardsVersion, n.Normalizations, n.Warnings))
            .ToDictionaryAsync(n => n.SourcePath, StringComparer.Ordinal, cancellationToken);
        var files = NoteFileReader.Enumerate(root);
        read.Dispose();
        var present = files.ToHashSet(StringComparer.Ordinal);
        var gone = stored.Values.Where(n => !present.Contains(n.SourcePath)).ToList();
        var batch = new Batch(db, rows, times, root, settings.MaxFileBytes, run.StartedAt, new SlugAllocator(stored.Values.Except(gone).Select(n => n.Slug)));

        // Removed first: a file moved elsewhere under the same slug then takes its retired cards back by key, and a new note
        // that takes a removed one's slug finds no search rows under it.
        foreach (var note in gone)
        {
            await CardSync.RetireCardsOfNoteAsync(db, note.Id, run.StartedAt, cancellationToken);
            await db.Sections.Where(s => s.NoteId == note.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Notes.Where(n => n.Id == note.Id).ExecuteDeleteAsync(cancellationToken);
            using (times.Measure(ImportPhase.SearchIndex))
            {
                await searchIndex.RemoveNoteAsync(db, note.Slug, cancellationToken);
            }
        }

        batch.OrphanKeys = await CardSync.OrphanKeysAsync(db, cancellationToken);
        // A first import into an empty database loads every card at once: their indexes are built after the load.
        var cardIndexes = stored.Count == 0 && !await db.Cards.AnyAsync(cancellationToken)
            ? await DeferredIndexes.DropAsync<Card>(db, cancellationToken)
            : null;
        await using (var index = await searchIndex.OpenWriterAsync(db, cancellationToken))
        {
            await StoreFilesAsync(batch, files, stored, index, run, cancellationToken);
        }

        if (cardIndexes is not null)
        {
            using (times.Measure(ImportPhase.Rows))
            {
                await cardIndexes.CreateAsync(db, cancellationToken);
            }
        }

        foreach (var note in gone)
        {
            run.Files.Add(new ImportFileResult { Path = note.SourcePath, Outcome = ImportOutcome.Removed });
        }

        Count(run);
        run.FinishedAt = timeProvider.GetUtcNow();
        db.ImportRuns.Add(run);
        using (times.Measure(ImportPhase.Save))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        using (times.Measure(ImportPhase.SearchIndex))
        {
            // Updated notes, after the last save. Their rows are dropped by slug first; new notes' rows went in as they were stored.
            await searchIndex.ReindexNotesAsync(db, batch.Touched, cancellationToken);
        }

        await PruneOldRunsAsync(db, cancellationToken);
        using (times.Measure(ImportPhase.Commit))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (run.Added + run.Updated + run.Removed > 0)
        {
            checkpoints.CheckpointInBackground();
        }

        LastTimings = times;
        LogImportTimings(times);
        LogImportFinished(root, run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed);
        return run;
    }

    private static void Count(ImportRun run)
    {
        run.Added = run.Files.Count(f => f.Outcome == ImportOutcome.Added);
        run.Updated = run.Files.Count(f => f.Outcome == ImportOutcome.Updated);
        run.Unchanged = run.Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
        run.Removed = run.Files.Count(f => f.Outcome == ImportOutcome.Removed);
        run.Failed = run.Files.Count(f => f.Outcome == ImportOutcome.Failed);
    }

    private static async Task PruneOldRunsAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        var newestDropped = await db.ImportRuns.OrderByDescending(r => r.Id).Skip(RunsKept)
            .Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (newestDropped > 0)
        {
            await db.ImportFileResults.Where(f => f.ImportRunId <= newestDropped).ExecuteDeleteAsync(cancellationToken);
            await db.ImportRuns.Where(r => r.Id <= newestDropped).ExecuteDeleteAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {ContentPath}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed")]
    private partial void LogImportFinished(string contentPath, int added, int updated, int unchanged, int removed, int failed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Import phases: {Timings}")]
    private partial void LogImportTimings(ImportTimings timings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not generate the cards of {NotePath}; its stored cards are kept")]
    private partial void LogCardsFailed(Exception exception, string notePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not import {NotePath}: {Reason}")]
    private partial void LogFileFailed(Exception? exception, string notePath, string reason);
}
