using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Services;

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
    TimeProvider timeProvider,
    ILogger<ContentImporter> logger) : IDisposable
{
    private const int RunsKept = 20;

    // Changed notes saved per round trip inside the import's transaction.
    private const int SaveEvery = 25;

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

    private async Task<ImportRun> ImportCoreAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var root = settings.Path;
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content folder '{root}' does not exist (set Content:Path).");
        }

        var run = new ImportRun { ContentPath = root, StartedAt = timeProvider.GetUtcNow() };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // What is stored, without the notes' text: a large content folder must not be held in memory at once.
        var stored = await db.Notes.AsNoTracking()
            .Select(n => new StoredNote(n.Id, n.SourcePath, n.Slug, n.ContentHash, n.ParserVersion, n.CardsVersion, n.Normalizations, n.Warnings))
            .ToDictionaryAsync(n => n.SourcePath, StringComparer.Ordinal, cancellationToken);
        var files = NoteFileReader.Enumerate(root);
        var present = files.ToHashSet(StringComparer.Ordinal);
        var gone = stored.Values.Where(n => !present.Contains(n.SourcePath)).ToList();
        var batch = new Batch(db, root, settings.MaxFileBytes, run.StartedAt, new SlugAllocator(stored.Values.Except(gone).Select(n => n.Slug)));

        // Removed first: a file moved elsewhere under the same slug then takes its retired cards back by key.
        foreach (var note in gone)
        {
            await CardSync.RetireCardsOfNoteAsync(db, note.Id, run.StartedAt, cancellationToken);
            await db.Sections.Where(s => s.NoteId == note.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Notes.Where(n => n.Id == note.Id).ExecuteDeleteAsync(cancellationToken);
        }

        var pending = 0;
        foreach (var path in files)
        {
            stored.TryGetValue(path, out var existing);
            var result = await ImportFileAsync(batch, path, existing, cancellationToken);
            run.Files.Add(result);
            if (result.Outcome is ImportOutcome.Added or ImportOutcome.Updated && ++pending == SaveEvery)
            {
                // Still one transaction; saving in chunks only keeps the change tracker (and memory) small.
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                batch.Saved();
                pending = 0;
            }
        }

        foreach (var note in gone)
        {
            run.Files.Add(new ImportFileResult { Path = note.SourcePath, Outcome = ImportOutcome.Removed });
        }

        Count(run);
        run.FinishedAt = timeProvider.GetUtcNow();
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        batch.Saved();
        await UpdateSearchIndexAsync(db, gone, batch.Touched, cancellationToken);
        await PruneOldRunsAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogImportFinished(root, run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed);
        return run;
    }

    private async Task<ImportFileResult> ImportFileAsync(Batch batch, string path, StoredNote? existing, CancellationToken cancellationToken)
    {
        byte[]? bytes;
        string? error;
        try
        {
            if (BeforeReadingFile is { } hook)
            {
                await hook(path);
            }

            (bytes, error) = await NoteFileReader.ReadAsync(batch.Root, path, batch.MaxFileBytes, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"cannot be read: {ex.Message}", ex);
        }

        if (bytes is null)
        {
            return Failed(path, error!);
        }

        var hash = NoteFileReader.Hash(bytes);
        // Same bytes parsed by the same parser version: nothing to do. A newer parser re-derives the sections (and a
        // newer card sync the cards).
        if (existing?.ContentHash == hash && existing.ParserVersion == NoteParser.OutputVersion && existing.CardsVersion == CardSync.Version)
        {
            return new ImportFileResult
            {
                Path = path,
                Outcome = ImportOutcome.Unchanged,
                Normalizations = existing.Normalizations,
                Warnings = existing.Warnings,
            };
        }

        var (text, decodeError) = NoteFileReader.Decode(bytes);
        if (text is null)
        {
            return Failed(path, decodeError!);
        }

        var note = existing is null
            ? new Note { Slug = "", SourcePath = path, ContentHash = hash, Title = "", Markdown = "" }
            : await batch.Db.Notes.SingleAsync(n => n.Id == existing.Id, cancellationToken);
        ParsedNote parsed;
        try
        {
            parsed = parser.Parse(text, Path.GetFileName(path));
            NoteMapper.Apply(note, parsed, hash, batch.ImportedAt);
        }
#pragma warning disable CA1031 // Any parser bug must fail this one file, not the whole import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            // Forget the half-written note: the stored version stays as it is.
            batch.Db.ChangeTracker.Entries().Where(e => e.Entity == note || (e.Entity is Section s && s.Note == note))
                .ToList().ForEach(e => e.State = EntityState.Detached);
            return Failed(path, $"the parser failed: {ex.Message}", ex);
        }

        if (existing is null)
        {
            note.Slug = batch.Slugs.Allocate(path);
            batch.Db.Notes.Add(note);
        }
        else
        {
            await batch.Db.Sections.Where(s => s.NoteId == existing.Id).ExecuteDeleteAsync(cancellationToken);
        }

        IReadOnlyList<GeneratedCard>? cards = null;
        try
        {
            cards = CardGenerator.Generate(parsed, note.Slug);
        }
#pragma warning disable CA1031 // A generator bug must not cost the note; its cards stay as they are and are retried next import.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogCardsFailed(ex, path);
        }

        if (cards is not null)
        {
            await CardSync.SyncAsync(batch.Db, note, cards, batch.ImportedAt, cancellationToken);
        }

        batch.Add(note, existing is null);
        return new ImportFileResult
        {
            Path = path,
            Outcome = existing is null ? ImportOutcome.Added : ImportOutcome.Updated,
            Normalizations = note.Normalizations,
            Warnings = note.Warnings,
        };
    }

    private ImportFileResult Failed(string path, string reason, Exception? exception = null)
    {
        LogFileFailed(exception, path, reason);
        return new ImportFileResult { Path = path, Outcome = ImportOutcome.Failed, Message = $"{path}: {reason}" };
    }

    private static void Count(ImportRun run)
    {
        run.Added = run.Files.Count(f => f.Outcome == ImportOutcome.Added);
        run.Updated = run.Files.Count(f => f.Outcome == ImportOutcome.Updated);
        run.Unchanged = run.Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
        run.Removed = run.Files.Count(f => f.Outcome == ImportOutcome.Removed);
        run.Failed = run.Files.Count(f => f.Outcome == ImportOutcome.Failed);
    }

    // After the last save (new notes have their ids by then), inside the import's transaction. Removed slugs go first:
    // a note added in this run may have taken one of them.
    private async Task UpdateSearchIndexAsync(StudyDbContext db, List<StoredNote> gone, List<(int NoteId, bool IsNew)> touched, CancellationToken cancellationToken)
    {
        foreach (var note in gone)
        {
            await searchIndex.RemoveNoteAsync(db, note.Slug, cancellationToken);
        }

        // A new note has no index rows yet (its slug is not held by any remaining note; a gone note's rows went above), and
        // dropping a note's rows scans the whole index: skipping it keeps a cold import linear instead of quadratic.
        foreach (var (noteId, isNew) in touched)
        {
            await searchIndex.ReindexNoteAsync(db, noteId, hasRows: !isNew, cancellationToken);
        }
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

    /// <summary>A stored note as the importer needs to know it: identity and version, not content.</summary>
    private sealed record StoredNote(int Id, string SourcePath, string Slug, string ContentHash, string ParserVersion, string CardsVersion, string Normalizations, string Warnings);

    /// <summary>What every file of one import shares. All notes of a run get the run's start as their ImportedAt.</summary>
    private sealed record Batch(StudyDbContext Db, string Root, long MaxFileBytes, DateTimeOffset ImportedAt, SlugAllocator Slugs)
    {
        private readonly List<(Note Note, bool IsNew)> _unsaved = [];

        /// <summary>Ids of the notes added or updated in this run and saved, whose search index rows are rebuilt before the commit.</summary>
        public List<(int NoteId, bool IsNew)> Touched { get; } = [];

        public void Add(Note note, bool isNew) => _unsaved.Add((note, isNew));

        /// <summary>
        /// After a save: keeps only the ids of the notes saved, not the notes. Holding every note with its text and sections
        /// until the end cost 1.5 GB on a 2,000-note import.
        /// </summary>
        public void Saved()
        {
            Touched.AddRange(_unsaved.Select(t => (t.Note.Id, t.IsNew)));
            _unsaved.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {ContentPath}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed")]
    private partial void LogImportFinished(string contentPath, int added, int updated, int unchanged, int removed, int failed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not generate the cards of {NotePath}; its stored cards are kept")]
    private partial void LogCardsFailed(Exception exception, string notePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not import {NotePath}: {Reason}")]
    private partial void LogFileFailed(Exception? exception, string notePath, string reason);
}
