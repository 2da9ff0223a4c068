using AifStudy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A real SQLite database in a temp file, migrated like the app does it, deleted afterwards.</summary>
internal sealed class SqliteTestDatabase : IDbContextFactory<StudyDbContext>, IDisposable
{
    private readonly DbContextOptions<StudyDbContext> _options;

    public SqliteTestDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), "aifstudy-test-" + Guid.NewGuid().ToString("N") + ".db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
        _options = new DbContextOptionsBuilder<StudyDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(Commands)
            .Options;
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Every SQL command the contexts of this database ran.</summary>
    public CommandRecorder Commands { get; } = new();

    public static async Task<SqliteTestDatabase> CreateMigratedAsync()
    {
        var database = new SqliteTestDatabase();
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public StudyDbContext CreateDbContext() => new(_options);

    public void Dispose()
    {
        foreach (var file in new[] { FilePath, FilePath + "-wal", FilePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
