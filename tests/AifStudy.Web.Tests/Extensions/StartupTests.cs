using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Extensions;

public sealed class StartupTests : IDisposable
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "aifstudy-host-" + Guid.NewGuid().ToString("N") + ".db");

    [Fact]
    public async Task The_app_migrates_and_imports_the_configured_content_folder_in_the_background_on_start()
    {
        using var content = TempContentFolder.CopyOfRepoContent();
        await using var factory = CreateFactory(content.Path);

        await factory.Services.GetRequiredService<ImportProgress>().StartupImport.WaitAsync(TimeSpan.FromMinutes(2));
        var latest = await factory.Services.GetRequiredService<NoteCatalog>().GetLatestImportAsync();

        Assert.NotNull(latest);
        Assert.Equal(content.Path, latest.ContentPath);
        Assert.Equal(5, latest.Added);
        Assert.True(File.Exists(_databasePath));
    }

    [Fact]
    public async Task The_app_starts_with_an_empty_migrated_database_when_the_content_folder_is_missing()
    {
        await using var factory = CreateFactory(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));

        var services = factory.Services;

        await services.GetRequiredService<ImportProgress>().StartupImport.WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Contains("does not exist", services.GetRequiredService<ImportProgress>().LastError, StringComparison.Ordinal);
        Assert.Null(await services.GetRequiredService<NoteCatalog>().GetLatestImportAsync());
        await using var db = await services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Import_on_start_can_be_switched_off()
    {
        using var content = TempContentFolder.CopyOfRepoContent();
        await using var factory = CreateFactory(content.Path, importOnStart: false);

        Assert.True(factory.Services.GetRequiredService<ImportProgress>().StartupImport.IsCompleted);
        var latest = await factory.Services.GetRequiredService<NoteCatalog>().GetLatestImportAsync();

        Assert.Null(latest);
    }

    [Fact]
    public async Task The_database_file_is_put_in_WAL_mode_and_every_connection_waits_for_locks_and_syncs_each_commit()
    {
        await using var factory = CreateFactory(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        var busyTimeout = await PragmaAsync(db.Database.GetDbConnection(), "busy_timeout");
        var synchronous = await PragmaAsync(db.Database.GetDbConnection(), "synchronous");
        await db.Database.CloseConnectionAsync();

        Assert.Equal((5000L, 2L), ((long)busyTimeout!, (long)synchronous!)); // 2 = FULL
        await using var raw = new SqliteConnection($"Data Source={_databasePath};Pooling=False");
        await raw.OpenAsync();
        await using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_connection_an_import_configured_gets_the_usual_settings_back_when_next_opened()
    {
        await using var factory = CreateFactory(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N")));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await SqliteImportConnection.ConfigureAsync(db, 64, CancellationToken.None);
        var import = (await PragmaAsync(db.Database.GetDbConnection(), "wal_autocheckpoint"), await PragmaAsync(db.Database.GetDbConnection(), "cache_size"));
        await db.Database.CloseConnectionAsync();

        await db.Database.OpenConnectionAsync();
        var reopened = (await PragmaAsync(db.Database.GetDbConnection(), "wal_autocheckpoint"), await PragmaAsync(db.Database.GetDbConnection(), "cache_size"));
        await db.Database.CloseConnectionAsync();

        Assert.Equal((0L, -64 * 1024L), ((long)import.Item1!, (long)import.Item2!));
        Assert.Equal((SqliteCheckpoints.AutomaticPages, SqliteConnectionSetup.DefaultCacheSize), ((int)(long)reopened.Item1!, (int)(long)reopened.Item2!));
    }

    private static async Task<object?> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private WebApplicationFactory<Program> CreateFactory(string contentPath, bool importOnStart = true) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:Study", $"Data Source={_databasePath}")
            .UseSetting("Content:Path", contentPath)
            .UseSetting("Content:ImportOnStart", importOnStart.ToString()));
}
