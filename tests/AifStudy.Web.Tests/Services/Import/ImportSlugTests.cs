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
}
