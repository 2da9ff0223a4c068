using AifStudy.Web.Data;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// Symbolic links in the content folder: followed inside it, refused when they lead out of it.
/// </summary>
public sealed class SymbolicLinkTests
{
    [Fact]
    public async Task Symbolic_links_that_leave_the_content_folder_are_refused_and_links_inside_it_are_followed()
    {
        using var outside = TempContentFolder.Empty();
        outside.Write("secret.md", "# Secret outside the content folder\n");
        outside.Write("folder/also-secret.md", "# Also secret\n");
        using var harness = await ImportHarness.CreateAsync(TempContentFolder.Empty());
        harness.Content.Write("real/inside.md", "# Inside\n");
        File.CreateSymbolicLink(harness.Content.FullPath("escape.md"), outside.FullPath("secret.md"));
        File.CreateSymbolicLink(harness.Content.FullPath("passwd.md"), "/etc/passwd");
        Directory.CreateSymbolicLink(harness.Content.FullPath("escape-folder"), outside.FullPath("folder"));
        File.CreateSymbolicLink(harness.Content.FullPath("alias.md"), harness.Content.FullPath("real/inside.md"));
        Directory.CreateSymbolicLink(harness.Content.FullPath("real/loop"), harness.Content.Path);

        var run = await harness.Importer.ImportAsync();

        var failed = run.Files.Where(f => f.Outcome == ImportOutcome.Failed).ToDictionary(f => f.Path, f => f.Message!);
        Assert.Equal(["escape-folder", "escape.md", "passwd.md"], failed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"escape.md: is a symbolic link to '{outside.FullPath("secret.md")}', outside the content folder; it is not followed", failed["escape.md"]);
        Assert.Equal("passwd.md: is a symbolic link to '/etc/passwd', outside the content folder; it is not followed", failed["passwd.md"]);
        Assert.Contains("outside the content folder", failed["escape-folder"], StringComparison.Ordinal);
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(["alias.md", "real/inside.md"], await db.Notes.OrderBy(n => n.SourcePath).Select(n => n.SourcePath).ToListAsync());
        Assert.False(await db.Notes.AnyAsync(n => n.Markdown.Contains("secret") || n.Markdown.Contains("root:")));
    }
}
