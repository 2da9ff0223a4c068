using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using static AifStudy.Web.Tests.Services.Import.StoredNotes;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// A file deleted or rewritten between the import listing the content folder and reading it.
/// </summary>
public sealed class ImportRaceTests
{
    [Fact]
    public async Task A_file_deleted_between_listing_and_reading_is_reported_and_its_note_kept_until_the_next_import()
    {
        using var harness = await ImportedAsync();
        var before = await StoredAsync(harness);
        harness.Importer.BeforeReadingFile = path =>
        {
            if (path == "llm-basics.md")
            {
                harness.Content.Delete(path);
            }

            return Task.CompletedTask;
        };

        var run = await harness.Importer.ImportAsync();

        Assert.Equal("llm-basics.md: was deleted during the import", Assert.Single(run.Files, f => f.Outcome == ImportOutcome.Failed).Message);
        Assert.Equal(before, await StoredAsync(harness));

        harness.Importer.BeforeReadingFile = null;
        var next = await harness.Importer.ImportAsync();
        Assert.Equal("llm-basics.md", Assert.Single(next.Files, f => f.Outcome == ImportOutcome.Removed).Path);
    }

    [Fact]
    public async Task A_file_rewritten_between_listing_and_reading_is_imported_as_it_was_read()
    {
        using var harness = await ImportedAsync();
        harness.Importer.BeforeReadingFile = path =>
        {
            if (path == "llm-basics.md")
            {
                harness.Content.Write(path, "# Rewritten while importing\n\nNew body.\n");
            }

            return Task.CompletedTask;
        };

        var run = await harness.Importer.ImportAsync();

        Assert.Equal("llm-basics.md", Assert.Single(run.Files, f => f.Outcome == ImportOutcome.Updated).Path);
        await using var db = harness.Database.CreateDbContext();
        var note = await db.Notes.SingleAsync(n => n.SourcePath == "llm-basics.md");
        Assert.Equal("Rewritten while importing", note.Title);
        Assert.Equal(NoteFileReaderHash(harness.Content.FullPath("llm-basics.md")), note.ContentHash);
    }

    private static string NoteFileReaderHash(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}
