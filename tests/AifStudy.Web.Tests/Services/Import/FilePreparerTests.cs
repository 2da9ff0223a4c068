using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>The preparing step on its own, without a database: each file comes out as one of the four outcomes.</summary>
public sealed class FilePreparerTests
{
    [Fact]
    public async Task A_file_without_a_stored_note_is_new_with_its_slug_rows_cards_and_search_entries()
    {
        using var content = TempContentFolder.CopyOfRepoContent();

        var file = Assert.IsType<PreparedFile.New>(await Preparer(content).PrepareAsync("llm-basics.md", null, CancellationToken.None));

        Assert.Equal(("llm-basics", "llm-basics.md", HashOf(content, "llm-basics.md")), (file.Note.Slug, file.Note.SourcePath, file.Note.ContentHash));
        Assert.Equal(0, file.Note.Id);
        Assert.NotEmpty(file.Sections);
        Assert.Equal(file.Sections.Select(s => s.Anchor), file.SectionEntries.Select(e => e.Anchor));
        Assert.NotNull(file.Cards);
        Assert.Equal(file.Cards.Count, file.CardEntries.Count);
        Assert.All(file.CardEntries, e => Assert.Equal("llm-basics", e.NoteSlug));
    }

    [Fact]
    public async Task A_file_whose_bytes_and_versions_match_its_stored_note_is_unchanged()
    {
        using var content = TempContentFolder.CopyOfRepoContent();
        var stored = Stored("llm-basics.md", HashOf(content, "llm-basics.md"));

        var file = await Preparer(content).PrepareAsync("llm-basics.md", stored, CancellationToken.None);

        Assert.Equal(new PreparedFile.Unchanged("llm-basics.md", stored), file);
    }

    [Fact]
    public async Task A_changed_file_keeps_its_stored_note_and_slug_and_carries_its_new_content()
    {
        using var content = TempContentFolder.CopyOfRepoContent();
        content.Append("llm-basics.md", "\n\n## Added later\n\nA paragraph that was added later.\n");
        var stored = Stored("llm-basics.md", "an older hash") with { Slug = "llm-basics-2" };

        var file = Assert.IsType<PreparedFile.Changed>(await Preparer(content).PrepareAsync("llm-basics.md", stored, CancellationToken.None));

        Assert.Same(stored, file.Stored);
        Assert.Equal(HashOf(content, "llm-basics.md"), file.Content.ContentHash);
        Assert.Contains(file.Content.Sections, s => s.Title == "Added later");
        var parsed = new NoteParser().Parse(File.ReadAllText(content.FullPath("llm-basics.md")), "llm-basics.md");
        Assert.Equal(CardGenerator.Generate(parsed, "llm-basics-2").Select(c => c.Key), file.Cards?.Select(c => c.Key));
    }

    [Fact]
    public async Task A_file_that_cannot_be_used_fails_with_its_reason_and_takes_no_slug()
    {
        using var content = TempContentFolder.Empty();
        content.Write("notes.md", []);
        content.Write("more/notes.md", "# Notes\n\nText.\n");
        var preparer = Preparer(content);

        var failed = await preparer.PrepareAsync("notes.md", null, CancellationToken.None);
        var added = Assert.IsType<PreparedFile.New>(await preparer.PrepareAsync("more/notes.md", null, CancellationToken.None));

        Assert.Equal(new PreparedFile.Failed("notes.md", "the file is empty (0 bytes); nothing to import"), failed);
        Assert.Equal("notes", added.Note.Slug);
    }

    private static FilePreparer Preparer(TempContentFolder content) => new(
        new NoteParser(),
        new ContentOptions { Path = content.Path, MaxFileBytes = 1024 * 1024 },
        ImportHarness.FirstImportAt,
        new SlugAllocator([]),
        new ImportTimings(),
        NullLogger.Instance);

    private static StoredNote Stored(string path, string hash) =>
        new(7, path, Path.GetFileNameWithoutExtension(path), hash, NoteParser.OutputVersion, CardSync.Version, "", "");

    private static string HashOf(TempContentFolder content, string path) => NoteFileReader.Hash(File.ReadAllBytes(content.FullPath(path)));
}
