using AifStudy.Web.Data;
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

    [Fact]
    public async Task A_database_from_before_the_gram_table_gets_its_grams_on_start()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        await using var db = harness.Database.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO SearchGrams (SearchGrams) VALUES ('delete-all')");
        var search = new SearchService(harness.Database);
        Assert.Equal(0, (await search.SearchAsync("微调")).Total);

        Assert.True(await new SqliteSearchIndex().RebuildIfEmptyAsync(db));

        Assert.NotEqual(0, (await search.SearchAsync("微调")).Total);
    }

    [Theory]
    [InlineData("tensionic", "The words tension and ionic.")]
    [InlineData("数据的模型", "数据的参数，参数的模型。")]
    [InlineData("\"ionic tension\"", "The tonic tension and ionic.")]
    public async Task A_long_term_whose_grams_all_occur_in_a_section_but_not_the_term_itself_is_not_a_hit(string query, string text)
    {
        using var harness = await ImportHarness.CreateAsync();
        harness.Content.Write("gram-probe.md", $"# Gram probe\n\n## Probe\n\n{text}\n");
        await harness.Importer.ImportAsync();
        var term = Assert.Single(AifStudy.Core.Search.SearchQuery.Parse(query).Terms).Text;
        var grams = string.Join(" AND ", SearchGramTokens.Necessary(term).Select(g => $"\"{g}\""));
        await using var db = harness.Database.CreateDbContext();
        var gramRows = await db.Database.SqlQueryRaw<string>("""
            SELECT i.note_slug AS Value FROM SearchGrams g CROSS JOIN SearchIndex i ON i.id = g.rowid WHERE SearchGrams MATCH {0}
            """, grams).ToListAsync();

        var results = await new SearchService(harness.Database).SearchAsync(query);

        Assert.Contains("gram-probe", gramRows);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public async Task Removing_a_note_deletes_exactly_its_rows_and_their_grams()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        await using var db = harness.Database.CreateDbContext();
        var before = await IdsAsync(db, "SELECT id AS Value FROM SearchIndex");
        var removed = await IdsAsync(db, "SELECT id AS Value FROM SearchIndex WHERE note_slug = 'llm-basics'");
        Assert.Equal(before, await IdsAsync(db, "SELECT rowid AS Value FROM SearchGrams"));

        await new SqliteSearchIndex().RemoveNoteAsync(db, "llm-basics");

        Assert.NotEmpty(removed);
        var expected = before.Except(removed).ToList();
        Assert.Equal(expected, await IdsAsync(db, "SELECT id AS Value FROM SearchIndex"));
        Assert.Equal(expected, await IdsAsync(db, "SELECT rowid AS Value FROM SearchGrams"));
        var search = new SearchService(harness.Database);
        Assert.DoesNotContain((await search.SearchAsync("Transformer")).Groups, g => g.NoteSlug == "llm-basics");
        Assert.Contains((await search.SearchAsync("Transformer")).Groups, g => g.NoteSlug == "domain-2-genai-fundamentals");
    }

    [Theory]
    [InlineData("微调")]
    [InlineData("嵌")]
    [InlineData("ai")]
    [InlineData("c")]
    [InlineData("3.")]
    [InlineData("模型 ai")]
    [InlineData("rag 检索 向量")]
    [InlineData("llm 模型")]
    [InlineData("\"foundation model\"")]
    [InlineData("\"amazon bedrock\" 模型")]
    public async Task Gram_lookups_find_exactly_the_rows_a_substring_scan_finds(string query)
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var terms = AifStudy.Core.Search.SearchQuery.Parse(query).Terms;
        var where = string.Join(" AND ", terms.Select((_, i) => $"(instr(title, {{{i}}}) > 0 OR instr(body, {{{i}}}) > 0)"));
        await using var db = harness.Database.CreateDbContext();
#pragma warning disable EF1002 // Only placeholders are interpolated; the terms are parameters.
        var expected = await db.Database
            .SqlQueryRaw<string>($"SELECT kind || ':' || ref_id AS Value FROM SearchIndex WHERE {where}", [.. terms.Select(t => (object)t.Text)])
            .ToListAsync();
#pragma warning restore EF1002

        var results = await new SearchService(harness.Database).SearchAsync(query, limit: 5000);

        Assert.NotEmpty(expected);
        var found = results.Groups.SelectMany(g => g.Hits).Select(h => h.Kind + ":" + h.Anchor + ":" + h.NoteSlug).ToList();
        Assert.Equal(expected.Count, found.Count);
    }

    private static Task<List<long>> IdsAsync(StudyDbContext db, string sql) =>
        db.Database.SqlQueryRaw<long>(sql).OrderBy(id => id).ToListAsync();

    private static async Task<long> CountAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM SearchIndex").SingleAsync();
    }
}
