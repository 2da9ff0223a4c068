using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>A note's URL slug: its file name, made unique on a clash, and kept when its file moves.</summary>
public sealed class ImportSlugTests
{
    [Fact]
    public async Task Notes_with_the_same_file_name_in_two_folders_get_distinct_slugs()
    {
        using var harness = await ImportHarness.CreateAsync(TempContentFolder.Empty());
        harness.Content.Write("a/Intro.md", "# Intro A\n");
        harness.Content.Write("b/intro.md", "# Intro B\n");

        await harness.Importer.ImportAsync();

        await using var db = harness.Database.CreateDbContext();
        var slugs = await db.Notes.OrderBy(n => n.SourcePath).Select(n => new { n.SourcePath, n.Slug }).ToListAsync();
        Assert.Equal([("a/Intro.md", "intro"), ("b/intro.md", "intro-2")], slugs.Select(s => (s.SourcePath, s.Slug)));
    }

    [Fact]
    public async Task Moving_a_file_to_another_folder_keeps_its_slug()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        harness.Content.Write("moved/llm-basics.md", File.ReadAllBytes(harness.Content.FullPath("llm-basics.md")));
        harness.Content.Delete("llm-basics.md");

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((1, 1), (run.Added, run.Removed));
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal("moved/llm-basics.md", await db.Notes.Where(n => n.Slug == "llm-basics").Select(n => n.SourcePath).SingleAsync());
    }

    [Fact]
    public async Task Notes_with_the_same_title_or_the_same_file_name_in_another_case_get_their_own_slugs()
    {
        using var harness = await ImportHarness.CreateAsync(TempContentFolder.Empty());
        harness.Content.Write("one.md", "---\ntitle: Same title\n---\n# A\n");
        harness.Content.Write("two.md", "---\ntitle: Same title\n---\n# B\n");
        harness.Content.Write("Intro.md", "# Intro upper\n");
        harness.Content.Write("intro.md", "# Intro lower\n");

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((4, 0), (run.Added, run.Failed));
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.OrderBy(n => n.SourcePath).Select(n => new { n.SourcePath, n.Slug, n.Title }).ToListAsync();
        Assert.Equal(
            [("Intro.md", "intro", "Intro upper"), ("intro.md", "intro-2", "Intro lower"), ("one.md", "one", "Same title"), ("two.md", "two", "Same title")],
            notes.Select(n => (n.SourcePath, n.Slug, n.Title)).OrderBy(n => n.SourcePath, StringComparer.Ordinal));
    }
}
