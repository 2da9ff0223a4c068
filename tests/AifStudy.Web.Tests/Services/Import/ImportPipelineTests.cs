using AifStudy.Web.Data;
using AifStudy.Web.Services.Search;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// The import prepares files on one thread and stores them on another, and writes a new note's search rows as it stores
/// the note, with the ids its sections and cards were given: those rows must be the ones a rebuild from the stored
/// sections and cards makes.
/// </summary>
public sealed class ImportPipelineTests
{
    [Fact]
    public async Task The_search_rows_written_during_a_cold_import_are_those_a_rebuild_makes()
    {
        using var harness = await ImportHarness.CreateAsync();
        var run = await harness.Importer.ImportAsync();
        var imported = await IndexRowsAsync(harness);

        await using (var db = harness.Database.CreateDbContext())
        {
            await new SqliteSearchIndex().RebuildAsync(db);
        }

        Assert.Equal(5, run.Added);
        Assert.True(imported.Count > 100, $"only {imported.Count} rows");
        Assert.Equal(await IndexRowsAsync(harness), imported);
    }

    [Fact]
    public async Task Every_section_and_active_card_has_exactly_one_row_pointing_at_it()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();

        await using var db = harness.Database.CreateDbContext();
        var sections = await db.Sections.Select(s => new { s.Id, s.Note!.Slug, s.Anchor }).ToListAsync();
        var cards = await db.Cards.Where(c => c.RetiredAt == null).Select(c => new { c.Id, c.NoteSlug, c.SectionAnchor }).ToListAsync();
        var rows = await IndexRowsAsync(harness);

        Assert.Equal(
            sections.Select(s => $"section:{s.Id}:{s.Slug}:{s.Anchor}").Concat(cards.Select(c => $"card:{c.Id}:{c.NoteSlug}:{c.SectionAnchor}")).Order(StringComparer.Ordinal),
            rows.Select(r => r[..r.IndexOf('|', StringComparison.Ordinal)]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_note_that_takes_the_slug_of_a_removed_one_in_the_same_import_has_only_its_own_rows()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var text = File.ReadAllText(harness.Content.FullPath("llm-basics.md"));
        harness.Content.Delete("llm-basics.md");
        Directory.CreateDirectory(harness.Content.FullPath("moved"));
        harness.Content.Write("moved/llm-basics.md", text.Replace("跟踪序列数据", "追随量子乐谱", StringComparison.Ordinal));

        var run = await harness.Importer.ImportAsync();
        var imported = await IndexRowsAsync(harness);
        await using (var db = harness.Database.CreateDbContext())
        {
            await new SqliteSearchIndex().RebuildAsync(db);
        }

        Assert.Equal((1, 1), (run.Added, run.Removed));
        Assert.Equal(await IndexRowsAsync(harness), imported);
        var search = new SearchService(harness.Database);
        Assert.Equal(0, (await search.SearchAsync("跟踪序列数据")).Total);
        Assert.Equal(["llm-basics"], (await search.SearchAsync("追随量子乐谱")).Groups.Select(g => g.NoteSlug).Distinct());
    }

    [Fact]
    public async Task A_file_moved_to_another_folder_keeps_its_cards_in_the_same_import()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await ActiveCardsAsync(harness, "llm-basics");
        var text = File.ReadAllText(harness.Content.FullPath("llm-basics.md"));
        harness.Content.Delete("llm-basics.md");
        Directory.CreateDirectory(harness.Content.FullPath("moved"));
        harness.Content.Write("moved/llm-basics.md", text);

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((1, 1), (run.Added, run.Removed));
        Assert.NotEmpty(before);
        Assert.Equal(before, await ActiveCardsAsync(harness, "llm-basics"));
    }

    [Fact]
    public async Task A_first_import_builds_the_card_indexes_after_loading_and_leaves_them_as_the_migrations_made_them()
    {
        using var harness = await ImportHarness.CreateAsync();
        var migrated = await CardIndexesAsync(harness);

        await harness.Importer.ImportAsync();

        Assert.Equal(5, migrated.Count); // Key, (NoteId, Position), (NoteSlug, Subject), RetiredAt, Domain
        Assert.Equal(migrated, await CardIndexesAsync(harness));
    }

    [Fact]
    public async Task A_cancelled_import_stores_nothing_and_the_next_one_completes()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        harness.Content.Write("new-note.md", "# A new note\n\n## Part\n\nSome text about Amazon Bedrock.\n");
        harness.Content.Append("llm-basics.md", "\n\n## Added later\n\nA paragraph that was added later.\n");
        var before = await SnapshotAsync(harness);
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        harness.Importer.BeforeReadingFile = _ =>
        {
            // Cancelled while files are still being prepared, after some were handed to the writing thread.
            if (++seen == 4)
            {
                cancel.Cancel();
            }

            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Importer.ImportAsync(cancel.Token));

        Assert.Equal(before, await SnapshotAsync(harness));
        harness.Importer.BeforeReadingFile = null;
        var run = await harness.Importer.ImportAsync();
        Assert.Equal((1, 1), (run.Added, run.Updated));
        Assert.Contains((await new SearchService(harness.Database).SearchAsync("added later")).Groups, g => g.NoteSlug == "llm-basics");
    }

    [Fact]
    public async Task After_a_changing_import_its_log_is_copied_into_the_database_file_in_the_background()
    {
        using var harness = await ImportHarness.CreateAsync();
        // Another connection stays open, as the portal's do: closing the last one would copy the log into the file anyway.
        await using var open = new Microsoft.Data.Sqlite.SqliteConnection(harness.Database.ConnectionString);
        await open.OpenAsync();
        await using (var wal = open.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL";
            Assert.Equal("wal", await wal.ExecuteScalarAsync());
        }

        await harness.Importer.ImportAsync();
        await harness.Checkpoints.Pending;

        // The database file alone, without its log, holds the notes.
        var copy = harness.Database.FilePath + ".copy";
        File.Copy(harness.Database.FilePath, copy);
        try
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy};Pooling=False");
            await connection.OpenAsync();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM Notes";
            Assert.Equal(5L, await count.ExecuteScalarAsync());
        }
        finally
        {
            File.Delete(copy);
        }
    }

    // Every index row as "kind:ref:slug:anchor|title|body", ordered: comparable across a rebuild (rowids are not).
    private static async Task<List<string>> IndexRowsAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<string>(
                "SELECT kind || ':' || ref_id || ':' || note_slug || ':' || anchor || '|' || title || '|' || body AS Value FROM SearchIndex ORDER BY 1")
            .ToListAsync();
    }

    private static async Task<List<string>> CardIndexesAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<string>(
                "SELECT sql AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Cards' AND sql IS NOT NULL ORDER BY name")
            .ToListAsync();
    }

    private static async Task<List<string>> ActiveCardsAsync(ImportHarness harness, string slug)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.NoteSlug == slug && c.RetiredAt == null && c.NoteId != null)
            .OrderBy(c => c.Id).Select(c => c.Id + ":" + c.Key).ToListAsync();
    }

    private static async Task<string> SnapshotAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.OrderBy(n => n.Id).Select(n => n.Id + n.SourcePath + n.ContentHash + n.SectionCount).ToListAsync();
        var sections = await db.Sections.CountAsync();
        var cards = await db.Cards.CountAsync();
        var runs = await db.ImportRuns.CountAsync();
        return $"{string.Join(",", notes)} {sections} {cards} {runs} {(await IndexRowsAsync(harness)).Count}";
    }
}
