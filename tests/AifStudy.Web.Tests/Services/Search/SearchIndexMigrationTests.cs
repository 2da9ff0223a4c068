using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Search;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Search;

public sealed class SearchIndexMigrationTests
{
    [Fact]
    public async Task A_database_with_the_old_trigram_index_gets_the_new_index_filled_when_the_portal_starts()
    {
        var database = new SqliteTestDatabase();
        await using (var db = database.CreateDbContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_SearchIndexTable", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }

        using var harness = await ImportHarness.CreateAsync(database: database);
        await harness.Importer.ImportAsync();
        Assert.Contains("fts5", await SchemaAsync(harness), StringComparison.OrdinalIgnoreCase);
        var rows = await ScalarAsync(harness, "SELECT count(*) AS Value FROM SearchIndex");
        Assert.True(rows > 0);

        await using (var portal = PortalHost.Start(settings: new Dictionary<string, string>
        {
            ["ConnectionStrings:Study"] = $"Data Source={database.FilePath}",
            ["Content:ImportOnStart"] = "false",
        }))
        {
            var search = portal.Services.GetRequiredService<SearchService>();
            Assert.Contains((await search.SearchAsync("微调")).Groups, g => g.NoteSlug == "genai-fundamentals-bilingual");
            Assert.Contains((await search.SearchAsync("Transformer")).Groups, g => g.NoteSlug == "llm-basics");
        }

        Assert.DoesNotContain("fts5", await SchemaAsync(harness), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(rows, await ScalarAsync(harness, "SELECT count(*) AS Value FROM SearchIndex"));
        Assert.Equal(rows, await ScalarAsync(harness, "SELECT count(*) AS Value FROM SearchGrams"));
    }

    private static async Task<string> SchemaAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchIndex'").SingleAsync();
    }

    private static async Task<long> ScalarAsync(ImportHarness harness, string sql)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }
}
