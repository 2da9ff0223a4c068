using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Search;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Search;

public sealed class SearchIndexMigrationTests
{
    [Fact]
    public async Task A_database_with_the_old_trigram_index_gets_the_new_index_filled_when_the_portal_starts()
    {
        // A store as it was before the SearchIndexTable migration: notes imported, the trigram FTS5 index filled, and
        // that migration not in the history. (Made from a current store, so the later migrations' columns are there.)
        var database = await SqliteTestDatabase.CreateMigratedAsync();
        using var harness = await ImportHarness.CreateAsync(database: database);
        await harness.Importer.ImportAsync();
        await using (var db = database.CreateDbContext())
        {
            var migration = db.Database.GetMigrations().Single(m => m.EndsWith("_SearchIndexTable", StringComparison.Ordinal));
            await db.Database.ExecuteSqlRawAsync(
                "ALTER TABLE SearchIndex RENAME TO SearchIndexPlain; "
                + "CREATE VIRTUAL TABLE SearchIndex USING fts5(kind UNINDEXED, ref_id UNINDEXED, note_slug UNINDEXED, anchor UNINDEXED, title, body, tokenize='trigram'); "
                + "INSERT INTO SearchIndex (kind, ref_id, note_slug, anchor, title, body) SELECT kind, ref_id, note_slug, anchor, title, body FROM SearchIndexPlain; "
                + "DROP TABLE SearchIndexPlain;");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM __EFMigrationsHistory WHERE MigrationId = {0}", migration);
        }

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
