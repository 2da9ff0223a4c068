using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Data;

/// <summary>
/// On start: checks the database file can be read and written, applies pending migrations, switches it to WAL, fills
/// an empty search index and recounts review-day totals out of step with the logs; then, when
/// <see cref="ContentOptions.ImportOnStart"/>, imports the content folder in the background while the portal already
/// serves what is stored (<see cref="ImportProgress"/> tells how far it is).
/// A database that cannot be used (locked, read-only, corrupt) is reported on <see cref="DatabaseStatus"/> and in the
/// log and left untouched; a failed import is logged. Either way the app starts.
/// </summary>
internal sealed partial class StudyDatabaseInitializer(
    IDbContextFactory<StudyDbContext> dbFactory,
    SqliteDatabaseProbe probe,
    DatabaseStatus status,
    ContentImporter importer,
    ImportProgress progress,
    SqliteSearchIndex searchIndex,
    IOptions<ContentOptions> options,
    TimeProvider time,
    ILogger<StudyDatabaseInitializer> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _import = Task.CompletedTask;
    private bool _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await PrepareDatabaseAsync(cancellationToken) || !options.Value.ImportOnStart)
        {
            progress.StartupEnded();
            return;
        }

        // Kestrel listens as soon as start-up returns: pages serve the notes already stored, with the import's
        // progress, while the content folder is imported here.
        progress.MarkStartup();
        _import = Task.Run(() => ImportAsync(_stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A stop during the import rolls its transaction back: the next start imports again from what was stored.
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }

        await _import.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // A host disposed without being stopped (a test's factory) still lets the import end on its own.
    public void Dispose()
    {
        _disposed = true;
        if (_import.IsCompleted)
        {
            _stopping.Dispose();
        }
    }

    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        try
        {
            await importer.ImportAsync(cancellationToken);
        }
#pragma warning disable CA1031 // The app must come up even when the content cannot be imported.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogImportFailed(ex, options.Value.Path);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            progress.StartupEnded();
        }
    }

    // False when the file cannot be used: then nothing at all is written to it.
    private async Task<bool> PrepareDatabaseAsync(CancellationToken cancellationToken)
    {
        var problem = await probe.CheckAsync(needWrite: true, cancellationToken);
        if (problem is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
                await SqliteDatabaseProbe.EnableWriteAheadLogAsync(db, cancellationToken);

                // A database imported before search existed: the import below only reindexes notes that change.
                await searchIndex.RebuildIfEmptyAsync(db, cancellationToken);

                // Review days counted from the logs when they are not (a database from before the table).
                await Services.Flashcards.ReviewDayTotals.RebuildIfOutOfStepAsync(db, time, cancellationToken);
                return true;
            }
            catch (SqliteException ex)
            {
                // Damage the probe could not see (a corrupt page deeper in the file): a migration is one transaction,
                // so it rolled back.
                problem = SqliteDatabaseProbe.Describe(db.Database.GetDbConnection().DataSource, ex);
            }
        }

        status.Report(problem);
        LogDatabaseUnusable(problem.FilePath, problem.Reason, problem.Detail);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing {ContentPath} failed; starting with the notes already in the database")]
    private partial void LogImportFailed(Exception exception, string contentPath);

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The database {DatabaseFile} cannot be used: {Reason} ({Detail}). It was not migrated, imported into or changed; the portal starts without it")]
    private partial void LogDatabaseUnusable(string databaseFile, string reason, string detail);
}
