using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// How an import's connection differs from the others, for its one large transaction; every connection gets SQLite's
/// defaults back when it is next opened (<see cref="SqliteConnectionSetup"/>). On other providers nothing changes.
/// <list type="bullet">
/// <item>No automatic checkpoint inside its commit: <see cref="SqliteCheckpoints"/> copies the log into the database file
/// afterwards, in the background.</item>
/// <item>A page cache of <see cref="CacheMebibytes"/> MB instead of 2 MB: a cold import inserts into the indexes of cards
/// and sections at scattered places, and once those outgrew the small cache each insert read pages back (1,000 notes:
/// 45 s of row inserts became 24 s).</item>
/// </list>
/// </summary>
internal static class SqliteImportConnection
{
    public const int CacheMebibytes = 256;

    // A negative cache_size is in KiB.
    private const string Pragmas = "PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -262144";

    public static async Task ConfigureAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(Pragmas, cancellationToken);
        }
    }
}
