using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// How an import's connection differs from the others, for its one large transaction; every connection gets SQLite's
/// defaults back when it is next opened (<see cref="SqliteConnectionSetup"/>). On other providers nothing changes.
/// <list type="bullet">
/// <item>No automatic checkpoint inside its commit: <see cref="SqliteCheckpoints"/> copies the log into the database file
/// afterwards, in the background.</item>
/// <item>A larger page cache than SQLite's 2 MB (<c>Content:ImportCacheMebibytes</c>, 256 MB by default): a cold import
/// inserts into the indexes of cards and sections at scattered places, and once those outgrew the small cache each
/// insert read pages back (1,000 notes: 45 s of row inserts became 24 s).</item>
/// </list>
/// </summary>
internal static class SqliteImportConnection
{
    public static async Task ConfigureAsync(StudyDbContext db, int cacheMebibytes, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // A negative cache_size is in KiB. The number is an int, not text from outside.
            var kibibytes = checked(Math.Max(1, cacheMebibytes) * 1024);
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -{kibibytes.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                cancellationToken);
#pragma warning restore EF1002
        }
    }
}
