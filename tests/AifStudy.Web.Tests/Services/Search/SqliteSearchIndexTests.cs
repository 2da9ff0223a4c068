using AifStudy.Web.Services.Search;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Search;

public sealed class SqliteSearchIndexTests
{
    [Fact]
    public async Task Reimporting_an_edited_note_replaces_its_rows()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var search = new SearchService(harness.Database);
        Assert.Contains((await search.SearchAsync("跟踪序列数据")).Groups, g => g.NoteSlug == "llm-basics");

        var path = harness.Content.FullPath("llm-basics.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("跟踪序列数据", "追随量子乐谱", StringComparison.Ordinal));
        await harness.Importer.ImportAsync();

        Assert.Equal(0, (await search.SearchAsync("跟踪序列数据")).Total);
        var edited = await search.SearchAsync("追随量子乐谱");
        Assert.Equal(["llm-basics"], edited.Groups.Select(g => g.NoteSlug));
        Assert.Contains(edited.Groups[0].Hits, h => h.Snippet.Segments.Any(s => s.IsMatch && s.Text == "追随量子乐谱"));
        Assert.Contains((await search.SearchAsync("Transformer")).Groups, g => g.NoteSlug == "llm-basics");
    }

    [Fact]
    public async Task A_removed_note_leaves_no_rows_behind()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var search = new SearchService(harness.Database);

        harness.Content.Delete("llm-basics.md");
        await harness.Importer.ImportAsync();

        Assert.DoesNotContain((await search.SearchAsync("Transformer")).Groups, g => g.NoteSlug == "llm-basics");
        await using var db = harness.Database.CreateDbContext();
        var rows = await db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM SearchIndex WHERE note_slug = 'llm-basics'").SingleAsync();
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task An_unchanged_reimport_keeps_the_index_as_it_is()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await CountAsync(harness);

        await harness.Importer.ImportAsync();

        Assert.True(before > 0);
        Assert.Equal(before, await CountAsync(harness));
    }

    [Fact]
    public async Task An_empty_index_over_imported_notes_is_rebuilt_with_the_same_rows()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await CountAsync(harness);
        await using var db = harness.Database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndex");
        var index = new SqliteSearchIndex();

        Assert.True(await index.RebuildIfEmptyAsync(db));
        Assert.False(await index.RebuildIfEmptyAsync(db));
        Assert.Equal(before, await CountAsync(harness));
        Assert.NotEqual(0, (await new SearchService(harness.Database).SearchAsync("基础模型")).Total);
    }

    private static async Task<long> CountAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync();
    }
}
