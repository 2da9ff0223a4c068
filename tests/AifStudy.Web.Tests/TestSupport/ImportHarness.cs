using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A migrated test database, a copy of the content folder and an importer wired to both.</summary>
internal sealed class ImportHarness : IDisposable
{
    public static readonly DateTimeOffset FirstImportAt = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private ImportHarness(SqliteTestDatabase database, TempContentFolder content, long maxFileBytes)
    {
        Database = database;
        Content = content;
        Importer = new ContentImporter(
            database,
            Options.Create(new ContentOptions { Path = content.Path, MaxFileBytes = maxFileBytes }),
            new NoteParser(),
            new SqliteSearchIndex(),
            Checkpoints = new SqliteCheckpoints(database, NullLogger<SqliteCheckpoints>.Instance),
            Clock,
            Progress = new ImportProgress(Clock),
            NullLogger<ContentImporter>.Instance);
    }

    public SqliteTestDatabase Database { get; }

    public TempContentFolder Content { get; }

    public ManualTimeProvider Clock { get; } = new(FirstImportAt);

    public ContentImporter Importer { get; }

    public ImportProgress Progress { get; }

    public SqliteCheckpoints Checkpoints { get; }

    /// <param name="database">A database prepared by the test (such as one migrated only part of the way); by default a fully migrated one.</param>
    public static async Task<ImportHarness> CreateAsync(TempContentFolder? content = null, long maxFileBytes = 1024 * 1024, SqliteTestDatabase? database = null) =>
        new(database ?? await SqliteTestDatabase.CreateMigratedAsync(), content ?? TempContentFolder.CopyOfRepoContent(), maxFileBytes);

    public void Dispose()
    {
        Importer.Dispose();
        Database.Dispose();
        Content.Dispose();
    }
}
