using AifStudy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

/// <summary>Records the text of each command so tests can tell what was written.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> All => _commands;

    public void Clear() => _commands.Clear();

    public override InterceptionResult<int> NonQueryExecuting(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _commands.Add(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _commands.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
