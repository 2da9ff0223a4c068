using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Tests.Services.Search;

public sealed class SearchServiceTests(ImportedNotesFixture notes) : IClassFixture<ImportedNotesFixture>
{
    private SearchService Search => notes.Search;

    [Fact]
    public async Task Simplified_query_finds_fine_tuning_in_simplified_and_traditional_notes()
    {
        var results = await Search.SearchAsync("微调");

        var slugs = results.Groups.Select(g => g.NoteSlug).ToList();
        Assert.Contains("domain-3-fm-applications", slugs);
        Assert.Contains("genai-fundamentals-bilingual", slugs);
        var traditional = results.Groups.Single(g => g.NoteSlug == "genai-fundamentals-bilingual").Hits;
        Assert.Contains(traditional, h => h.Snippet.Segments.Any(s => s.IsMatch && s.Text == "微調"));
    }

    [Fact]
    public async Task Simplified_query_of_four_characters_finds_traditional_text_and_highlights_it_as_written()
    {
        var results = await Search.SearchAsync("基础模型");

        var bilingual = results.Groups.Single(g => g.NoteSlug == "genai-fundamentals-bilingual");
        Assert.Contains(bilingual.Hits, h => h.Snippet.Segments.Any(s => s.IsMatch && s.Text == "基礎模型"));
        Assert.All(results.Groups.SelectMany(g => g.Hits), h => Assert.True(h.Score < 0));
    }

    [Theory]
    [InlineData("Transformer")]
    [InlineData("transformer")]
    [InlineData("ＴＲＡＮＳＦＯＲＭＥＲ")]
    public async Task Latin_queries_ignore_case_and_width(string query)
    {
        var results = await Search.SearchAsync(query);

        var llm = results.Groups.Single(g => g.NoteSlug == "llm-basics");
        Assert.Contains(llm.Hits, h => h.Kind == "section" && h.Title.Contains("Transformer", StringComparison.Ordinal));
        Assert.Contains(results.Groups, g => g.NoteSlug == "domain-2-genai-fundamentals");
        Assert.Equal(results.Groups.Sum(g => g.Hits.Count), results.Total);
    }

    [Fact]
    public async Task Mixed_latin_and_short_chinese_terms_must_all_match()
    {
        var both = await Search.SearchAsync("RAG 检索", limit: 500);
        var rag = await Search.SearchAsync("rag", limit: 500);
        var retrieval = await Search.SearchAsync("檢索", limit: 500);

        Assert.NotEqual(0, both.Total);
        Assert.Subset(Keys(rag), Keys(both));
        Assert.Subset(Keys(retrieval), Keys(both));
        Assert.True(both.Total < rag.Total || both.Total < retrieval.Total);
    }

    [Fact]
    public async Task Two_character_query_uses_the_short_path_and_is_highlighted()
    {
        var results = await Search.SearchAsync("嵌入");

        Assert.NotEqual(0, results.Total);
        Assert.Contains(results.Groups.SelectMany(g => g.Hits), h => h.Snippet.Segments.Any(s => s.IsMatch && s.Text == "嵌入"));
    }

    [Fact]
    public async Task Limit_caps_the_hits()
    {
        var results = await Search.SearchAsync("模型", limit: 3);

        Assert.Equal(3, results.Total);
    }

    [Theory]
    [InlineData("zqxjkv blorptastic")]
    [InlineData("量子蝴蝶")]
    public async Task A_query_without_hits_says_so(string query)
    {
        var results = await Search.SearchAsync(query);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Groups);
        Assert.Equal(query, results.Query);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(rag")]
    [InlineData("title:rag OR -x")]
    [InlineData("100%_\\")]
    [InlineData("\"unclosed phrase")]
    public async Task Junk_and_fts_syntax_never_throw(string query)
    {
        var results = await Search.SearchAsync(query);

        Assert.Equal(results.Groups.Sum(g => g.Hits.Count), results.Total);
    }

    private static HashSet<(string, string, string, string)> Keys(SearchResults results) =>
        [.. results.Groups.SelectMany(g => g.Hits).Select(h => (h.Kind, h.NoteSlug, h.Anchor, h.Title))];
}
