using AifStudy.Web.Data;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>The notes an import stored, read back for the import tests that check none was lost or changed.</summary>
internal static class StoredNotes
{
    /// <summary>The stored note of <paramref name="path"/>, with its sections.</summary>
    public static async Task<Note> StoredNoteAsync(ImportHarness harness, string path)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Notes.Include(n => n.Sections).SingleAsync(n => n.SourcePath == path);
    }

    /// <summary>A harness whose five real notes are imported.</summary>
    public static async Task<ImportHarness> ImportedAsync()
    {
        var harness = await ImportHarness.CreateAsync();
        var first = await harness.Importer.ImportAsync();
        Assert.Equal(5, first.Added);
        return harness;
    }

    /// <summary>What is stored of each note, to compare before and after an import.</summary>
    public static async Task<List<StoredNote>> StoredAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.AsNoTracking().OrderBy(n => n.SourcePath)
            .Select(n => new { n.Id, n.SourcePath, n.ContentHash, n.Markdown, Sections = n.Sections.Count, Cards = db.Cards.Count(c => c.NoteId == n.Id) })
            .ToListAsync();
        return [.. notes.Select(n => new StoredNote(n.Id, n.SourcePath, n.ContentHash, n.Markdown.Length, n.Sections, n.Cards))];
    }

    /// <summary>A stored note's identity, file, hash and the sizes of what was made of it.</summary>
    public sealed record StoredNote(int Id, string Path, string Hash, int MarkdownLength, int Sections, int Cards);
}
