using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AifStudy.Web.Data.Sqlite;

/// <summary>
/// Sets every SQLite connection up the same way when EF opens it: wait up to <see cref="BusyTimeout"/> for a lock held
/// by another connection or process instead of failing at once, and sync the WAL on every commit
/// (<c>synchronous = FULL</c>), so that a commit that returned survives a crash of the process or of the machine;
/// checkpoint automatically and keep SQLite's page cache size (both of which an import changes on its own connection,
/// <see cref="SqliteImportConnection"/>); and
/// read the database file through a memory map of up to 1 GiB (<c>mmap_size</c>, shared with the OS page cache, not
/// process memory) instead of copying each page into SQLite's small per-connection cache: a search that checks tens of
/// thousands of index rows took a third less CPU (docs/benchmarks.md).
/// WAL mode itself is a property of the file, set once by <see cref="SqliteDatabaseProbe.EnableWriteAheadLogAsync"/>.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    private static readonly string Pragmas =
        $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL; "
        + $"PRAGMA wal_autocheckpoint = {SqliteCheckpoints.AutomaticPages}; PRAGMA cache_size = {DefaultCacheSize}; "
        + "PRAGMA mmap_size = 1073741824;";

    /// <summary>SQLite's default page cache (2,000 KiB), which an import's connection enlarges (<see cref="SqliteImportConnection"/>).</summary>
    public const int DefaultCacheSize = -2000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
