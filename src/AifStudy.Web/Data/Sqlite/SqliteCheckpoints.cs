using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// Keeps copying a large import's write-ahead log into the database file (a WAL checkpoint) out of the import itself.
/// SQLite runs that copy inside the COMMIT that takes the log over 1,000 pages, so a cold import of 2,000 notes spent
/// most of its commit copying a 2 GB log. The import suspends the automatic checkpoint on its own connection
/// (<see cref="SqliteImportConnection"/>) and asks for one here after it has committed; until it has run, readers read the new pages from the log, and a crash before
/// it loses nothing (SQLite replays the log when the file is next opened). On other providers nothing happens.
/// </summary>
public sealed partial class SqliteCheckpoints(IDbContextFactory<StudyDbContext> dbFactory, ILogger<SqliteCheckpoints> logger)
{
    /// <summary>SQLite's default: a commit that leaves more pages than this in the log copies them into the file.</summary>
    public const int AutomaticPages = 1000;

    private readonly Lock _lock = new();
    private Task _pending = Task.CompletedTask;

    /// <summary>The checkpoint asked for last (completed when none is running). It never faults: failures are logged.</summary>
    public Task Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending;
            }
        }
    }

    /// <summary>Copies the log into the database file on another connection, after any checkpoint still running.</summary>
    public void CheckpointInBackground()
    {
        lock (_lock)
        {
            _pending = _pending.ContinueWith(_ => RunAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task RunAsync()
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            if (!db.Database.IsSqlite())
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            // PASSIVE: copies what it can without waiting for (or blocking) readers and writers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE)");
            LogCheckpointed(watch.ElapsedMilliseconds);
        }
#pragma warning disable CA1031 // A failed checkpoint loses nothing: the log stays and the next automatic checkpoint copies it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCheckpointFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Copied the write-ahead log into the database file in {Milliseconds} ms")]
    private partial void LogCheckpointed(long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not copy the write-ahead log into the database file; SQLite's next automatic checkpoint will")]
    private partial void LogCheckpointFailed(Exception exception);
}
