using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// Checks that the SQLite file can be read (and, at start-up, written) without changing it, and puts it in WAL mode.
/// The checks only take locks: a file that is locked, read-only, corrupt or not a database at all is reported, never
/// repaired or replaced.
/// </summary>
public sealed class SqliteDatabaseProbe(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>
    /// Null when the database answers; otherwise what is wrong. <paramref name="needWrite"/> also takes (and releases)
    /// the write lock, which waits for the app's own writers, so only start-up asks for it.
    /// </summary>
    public async Task<DatabaseProblem?> CheckAsync(bool needWrite, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(connection, "SELECT count(*) FROM sqlite_master", cancellationToken);
            if (needWrite)
            {
                await ExecuteAsync(connection, "BEGIN IMMEDIATE", cancellationToken);
                await ExecuteAsync(connection, "ROLLBACK", cancellationToken);
            }

            return null;
        }
        catch (SqliteException ex)
        {
            return Describe(connection.DataSource, ex);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Switches the file to write-ahead logging (a property of the file, kept across restarts): readers do not wait
    /// for the writer, and a commit is one append to the log. In-memory databases stay as they are.
    /// </summary>
    public static async Task EnableWriteAheadLogAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite() && db.Database.GetDbConnection().DataSource is { Length: > 0 } source && source != ":memory:")
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        }
    }

    /// <summary>Words for a SQLite failure; the file name is the connection's data source.</summary>
    public static DatabaseProblem Describe(string filePath, SqliteException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = (exception.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => $"the database file is locked by another process (waited {SqliteConnectionSetup.BusyTimeout.TotalSeconds:0} s); stop the other program and restart the portal",
            8 => "the database file is read-only; notes, reviews and settings cannot be saved until it is writable again",
            11 or 26 => "the database file is corrupt or is not a SQLite database; restore it from a backup or move it aside to start afresh",
            13 => "the disk is full",
            14 => "the database file cannot be opened (check the folder exists and is accessible)",
            _ => "the database cannot be used",
        };
        return new DatabaseProblem(filePath, reason, exception.Message);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;

        // Microsoft.Data.Sqlite retries a busy database until the command timeout (30 s by default): one busy
        // timeout is enough to tell that someone else holds the file.
        command.CommandTimeout = (int)SqliteConnectionSetup.BusyTimeout.TotalSeconds;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
