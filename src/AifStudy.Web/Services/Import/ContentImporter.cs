using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Brings the database in line with the content folder: new files are added, changed ones updated in place
/// (same note id, sections replaced), unchanged ones left untouched and notes whose file is gone removed.
/// A file that cannot be used fails on its own; its last good version stays. The cards of every added or updated note
/// are synced with it (<see cref="CardSync"/>) and those of removed notes retired, in the same transaction, which also
/// updates the search index (<see cref="SqliteSearchIndex"/>).
/// </summary>
/// <remarks>
/// Where a file goes: <see cref="FilePreparer"/> (read, parse, cards, search entries; no database) on one thread makes it
/// one of the <see cref="PreparedFile"/> outcomes, a <see cref="PrepareAheadQueue{T}"/> hands that over in order, and
/// <see cref="NoteWriter"/> (rows, card sync, search rows) writes it on this thread. This class holds the lock, the
/// transaction, the report (<see cref="ImportReport"/>) and the run's <see cref="ImportTimings"/>: it times the stages of
/// this thread, the preparer those of its own.
/// </remarks>
public sealed class ContentImporter(
    IDbContextFactory<StudyDbContext> dbFactory,
    IOptions<ContentOptions> options,
    NoteParser parser,
    SqliteSearchIndex searchIndex,
    SqliteCheckpoints checkpoints,
    TimeProvider timeProvider,
    ImportProgress progress,
    ILogger<ContentImporter> logger) : IDisposable
{
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
        Exception? error = null;
        try
        {
            progress.Begin();
            return await ImportCoreAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            error = ex;
            throw;
        }
        finally
        {
            progress.End(error);
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
        if (!Directory.Exists(settings.Path))
        {
            throw new DirectoryNotFoundException($"The content folder '{settings.Path}' does not exist (set Content:Path).");
        }

        var run = new ImportRun { ContentPath = settings.Path, StartedAt = timeProvider.GetUtcNow() };
        var times = new ImportTimings();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using var writer = await NoteWriter.CreateAsync(db, searchIndex, run.StartedAt, cancellationToken);
        // Copying the log into the file waits for after the commit; a larger page cache for the inserts.
        await SqliteImportConnection.ConfigureAsync(db, settings.ImportCacheMebibytes, cancellationToken);

        Dictionary<string, StoredNote> stored;
        IReadOnlyList<string> files;
        using (times.Measure(ImportPhase.Read))
        {
            stored = await StoredNote.ReadAllAsync(db, cancellationToken);
            files = NoteFileReader.Enumerate(settings.Path);
        }

        progress.Listed(files.Count);

        var present = files.ToHashSet(StringComparer.Ordinal);
        var gone = stored.Values.Where(n => !present.Contains(n.SourcePath)).ToList();
        var slugs = new SlugAllocator(stored.Values.Except(gone).Select(n => n.Slug));

        // Removed first: a file moved elsewhere under the same slug then takes its retired cards back by key, and a new note
        // that takes a removed one's slug finds no search rows under it.
        foreach (var note in gone)
        {
            await writer.RemoveAsync(note, cancellationToken);
            using (times.Measure(ImportPhase.SearchIndex))
            {
                await writer.RemoveSearchRowsAsync(note, cancellationToken);
            }
        }

        await writer.StartNotesAsync(noNotesStored: stored.Count == 0, cancellationToken);
        var preparer = new FilePreparer(parser, settings, run.StartedAt, slugs, times, logger, BeforeReadingFile);
        await WriteFilesAsync(preparer, writer, files, stored, run, times, progress, cancellationToken);
        progress.Enter(ImportStage.Indexing);
        using (times.Measure(ImportPhase.SearchIndex))
        {
            await writer.FinishSearchRowsAsync(cancellationToken);
        }

        using (times.Measure(ImportPhase.Rows))
        {
            await writer.CreateDeferredIndexesAsync(cancellationToken);
        }

        run.Files.AddRange(gone.Select(ImportReport.LineOfRemoved));
        ImportReport.Count(run);
        run.FinishedAt = timeProvider.GetUtcNow();
        db.ImportRuns.Add(run);
        using (times.Measure(ImportPhase.Save))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        using (times.Measure(ImportPhase.SearchIndex))
        {
            // Updated notes, after the last save; new notes' rows went in as they were stored.
            await writer.ReindexUpdatedAsync(cancellationToken);
        }

        await ImportReport.PruneOldRunsAsync(db, cancellationToken);
        progress.Enter(ImportStage.Committing);
        using (times.Measure(ImportPhase.Commit))
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (run.Added + run.Updated + run.Removed > 0)
        {
            checkpoints.CheckpointInBackground();
        }

        progress.Saved(notesChanged: run.Added + run.Updated + run.Removed > 0);

        LastTimings = times;
        logger.LogImportTimings(times);
        logger.LogImportFinished(settings.Path, run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed);
        return run;
    }

    /// <summary>
    /// The writing thread: files are prepared on another thread a bounded queue ahead (parsing the next notes overlaps
    /// writing the last ones) and written here one by one, in the order they were listed.
    /// </summary>
    private static async Task WriteFilesAsync(FilePreparer preparer, NoteWriter writer, IReadOnlyList<string> files, Dictionary<string, StoredNote> stored, ImportRun run, ImportTimings times, ImportProgress progress, CancellationToken cancellationToken)
    {
        await using var queue = PrepareAheadQueue<PreparedFile>.Start(
            files, (path, token) => preparer.PrepareAsync(path, stored.GetValueOrDefault(path), token), PreparedAhead, cancellationToken);
        var unsaved = 0;
        while (true)
        {
            PreparedFile? file;
            using (times.Measure(ImportPhase.Waiting))
            {
                file = await queue.NextAsync();
            }

            if (file is null)
            {
                return;
            }

            if (file is PreparedFile.New added)
            {
                CardSyncResult? synced;
                using (times.Measure(ImportPhase.Rows))
                {
                    synced = await writer.AddAsync(added, cancellationToken);
                }

                using (times.Measure(ImportPhase.SearchIndex))
                {
                    await writer.AddSearchRowsAsync(added, synced, cancellationToken);
                }
            }
            else if (file is PreparedFile.Changed changed)
            {
                using (times.Measure(ImportPhase.Rows))
                {
                    await writer.UpdateAsync(changed, cancellationToken);
                }
            }

            run.Files.Add(ImportReport.LineOf(file));
            progress.FileDone(run.Files[^1].Path);
            if (file is PreparedFile.New or PreparedFile.Changed && ++unsaved == SaveEvery)
            {
                using (times.Measure(ImportPhase.Save))
                {
                    await writer.SaveAsync(cancellationToken);
                }

                unsaved = 0;
            }
        }
    }
}
