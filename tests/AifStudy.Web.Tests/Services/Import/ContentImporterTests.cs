using System.Text;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Import;

public sealed class ContentImporterTests
{
    private static readonly string[] RepoNotes =
    [
        "domain-2-genai-fundamentals.md",
        "domain-3-fm-applications.md",
        "foundation-model-basics.md",
        "genai-fundamentals-bilingual.md",
        "llm-basics.md",
    ];

    [Fact]
    public async Task First_import_stores_every_repo_note_with_its_sections_and_metadata()
    {
        using var harness = await ImportHarness.CreateAsync();

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((5, 0, 0, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.Equal(RepoNotes, run.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.Include(n => n.Sections).OrderBy(n => n.SourcePath).ToListAsync();
        Assert.Equal(RepoNotes, notes.Select(n => n.SourcePath));
        Assert.Equal(RepoNotes.Select(p => p[..^3]), notes.Select(n => n.Slug));
        var parser = new NoteParser();
        foreach (var note in notes)
        {
            var parsed = parser.Parse(File.ReadAllText(harness.Content.FullPath(note.SourcePath)), note.SourcePath);
            Assert.Equal(parsed.Metadata.Title, note.Title);
            Assert.Equal(parsed.Metadata.Domain, note.Domain);
            Assert.Equal(string.Join(',', parsed.Metadata.Languages), note.Languages);
            Assert.Equal(parsed.NormalizedMarkdown, note.Markdown);
            Assert.Equal(parsed.Sections.Count, note.SectionCount);
            Assert.Equal(ImportHarness.FirstImportAt, note.ImportedAt);
            Assert.False(string.IsNullOrEmpty(note.GeneratedMindmap));
            Assert.Equal(
                parsed.Sections.Select(s => (s.Index, s.Title, s.Anchor, string.Join(" › ", s.Path))),
                note.Sections.OrderBy(s => s.Position).Select(s => (s.Position, s.Title, s.Anchor, s.PathText)));
        }

        Assert.NotEmpty(notes.SelectMany(n => n.Sections));
    }

    [Fact]
    public async Task Section_structure_is_stored_as_camel_case_json_with_readable_chinese()
    {
        using var harness = await ImportHarness.CreateAsync();

        await harness.Importer.ImportAsync();

        await using var db = harness.Database.CreateDbContext();
        var section = await db.Sections.Where(s => s.Note!.Slug == "domain-3-fm-applications").OrderBy(s => s.Position).FirstAsync();
        Assert.Contains("\"title\":\"领域 3：基础模型的应用\"", section.StructureJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_parsed_by_an_older_parser_version_are_parsed_again_in_place()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        int noteId;
        await using (var db = harness.Database.CreateDbContext())
        {
            var stale = await db.Notes.SingleAsync(n => n.Slug == "llm-basics");
            (noteId, stale.ParserVersion, stale.GeneratedMindmap) = (stale.Id, "0-old", "mindmap\n  root[\"stale\"]");
            await db.SaveChangesAsync();
        }

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((0, 1, 4, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.Equal("llm-basics.md", run.Files.Single(f => f.Outcome == ImportOutcome.Updated).Path);
        await using var check = harness.Database.CreateDbContext();
        var note = await check.Notes.SingleAsync(n => n.Slug == "llm-basics");
        Assert.Equal((noteId, NoteParser.OutputVersion), (note.Id, note.ParserVersion));
        Assert.DoesNotContain("stale", note.GeneratedMindmap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unchanged_files_still_report_the_normalisations_of_their_stored_version()
    {
        using var harness = await ImportHarness.CreateAsync();
        var first = await harness.Importer.ImportAsync();

        var second = await harness.Importer.ImportAsync();

        var llm = second.Files.Single(f => f.Path == "llm-basics.md");
        Assert.Equal(ImportOutcome.Unchanged, llm.Outcome);
        Assert.Contains("HeadingSpace", llm.Normalizations, StringComparison.Ordinal);
        Assert.Equal(first.Files.Single(f => f.Path == "llm-basics.md").Normalizations, llm.Normalizations);
    }

    [Fact]
    public async Task Reimporting_unchanged_files_rewrites_nothing()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await SnapshotAsync(harness);
        harness.Clock.Now = ImportHarness.FirstImportAt.AddHours(1);
        harness.Database.Commands.Clear();

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((0, 0, 5, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.All(run.Files, f => Assert.Equal(ImportOutcome.Unchanged, f.Outcome));
        Assert.Equal(before, await SnapshotAsync(harness));
        Assert.Contains(harness.Database.Commands.All, sql => sql.Contains("INSERT INTO \"ImportRuns\"", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Database.Commands.All, sql =>
            sql.Contains("\"Notes\"", StringComparison.Ordinal) && !sql.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Database.Commands.All, sql =>
            sql.Contains("\"Sections\"", StringComparison.Ordinal) && !sql.TrimStart().StartsWith("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_one_file_updates_only_that_note_in_place_and_replaces_its_sections()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await SnapshotAsync(harness);
        harness.Clock.Now = ImportHarness.FirstImportAt.AddDays(1);
        harness.Content.Append("llm-basics.md", "\n\n## A section added later\n\nNew text.\n");

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((0, 1, 4, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.Equal("llm-basics.md", Assert.Single(run.Files, f => f.Outcome == ImportOutcome.Updated).Path);
        var after = await SnapshotAsync(harness);
        var edited = after.Single(n => n.Slug == "llm-basics");
        var old = before.Single(n => n.Slug == "llm-basics");
        Assert.Equal(old.Id, edited.Id);
        Assert.Equal(harness.Clock.Now, edited.ImportedAt);
        Assert.Empty(edited.SectionIds.Intersect(old.SectionIds));
        Assert.Equal(old.SectionIds.Count + 1, edited.SectionIds.Count);
        Assert.Equal(before.Where(n => n.Slug != "llm-basics"), after.Where(n => n.Slug != "llm-basics"));
        await using var db = harness.Database.CreateDbContext();
        var last = await db.Sections.Where(s => s.NoteId == edited.Id).OrderBy(s => s.Position).LastAsync();
        Assert.Equal("A section added later", last.Title);
        Assert.Equal(edited.SectionIds.Count, (await db.Notes.SingleAsync(n => n.Id == edited.Id)).SectionCount);
    }

    [Fact]
    public async Task Deleting_a_file_removes_its_note_and_sections()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        harness.Content.Delete("foundation-model-basics.md");

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((0, 0, 4, 1, 0), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.Equal("foundation-model-basics.md", Assert.Single(run.Files, f => f.Outcome == ImportOutcome.Removed).Path);
        await using var db = harness.Database.CreateDbContext();
        Assert.False(await db.Notes.AnyAsync(n => n.Slug == "foundation-model-basics"));
        Assert.Equal(await db.Notes.SumAsync(n => n.SectionCount), await db.Sections.CountAsync());
    }

    [Fact]
    public async Task Unusable_files_fail_with_their_path_and_reason_while_the_others_import()
    {
        using var harness = await ImportHarness.CreateAsync();
        harness.Content.Write("bad/invalid-utf8.md", [.. "# Title\nfine line\n"u8, 0xC3, 0x28, .. "\n"u8]);
        harness.Content.Write("bad/binary.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);
        harness.Content.Write("bad/huge.md", Encoding.UTF8.GetBytes(new string('a', (1024 * 1024) + 1)));

        var run = await harness.Importer.ImportAsync();

        Assert.Equal((5, 3), (run.Added, run.Failed));
        var messages = run.Files.Where(f => f.Outcome == ImportOutcome.Failed).ToDictionary(f => f.Path, f => f.Message!);
        Assert.StartsWith("bad/invalid-utf8.md: invalid UTF-8", messages["bad/invalid-utf8.md"], StringComparison.Ordinal);
        Assert.Contains("(line 3)", messages["bad/invalid-utf8.md"], StringComparison.Ordinal);
        Assert.StartsWith("bad/binary.md: binary content", messages["bad/binary.md"], StringComparison.Ordinal);
        Assert.StartsWith("bad/huge.md: file is 1,048,577 bytes, over the limit of 1,048,576 bytes", messages["bad/huge.md"], StringComparison.Ordinal);
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(RepoNotes, (await db.Notes.Select(n => n.SourcePath).ToListAsync()).Order(StringComparer.Ordinal));
        var stored = await db.ImportRuns.Include(r => r.Files).SingleAsync();
        Assert.Equal(3, stored.Files.Count(f => f.Outcome == ImportOutcome.Failed && f.Message!.Contains(f.Path, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_note_whose_file_turns_bad_keeps_its_last_good_version()
    {
        using var harness = await ImportHarness.CreateAsync();
        await harness.Importer.ImportAsync();
        var before = await SnapshotAsync(harness);
        harness.Content.Write("llm-basics.md", [.. "# LLM\n"u8, 0xFF, 0xFE]);

        var run = await harness.Importer.ImportAsync();

        var failure = Assert.Single(run.Files, f => f.Outcome == ImportOutcome.Failed);
        Assert.Equal("llm-basics.md", failure.Path);
        Assert.Equal((0, 0, 4, 0, 1), (run.Added, run.Updated, run.Unchanged, run.Removed, run.Failed));
        Assert.Equal(before, await SnapshotAsync(harness));
    }

    [Fact]
    public async Task Only_the_last_twenty_import_runs_are_kept()
    {
        using var harness = await ImportHarness.CreateAsync();
        var runs = new List<ImportRun>();
        for (var i = 0; i < 22; i++)
        {
            runs.Add(await harness.Importer.ImportAsync());
        }

        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(runs.Skip(2).Select(r => r.Id), await db.ImportRuns.OrderBy(r => r.Id).Select(r => r.Id).ToListAsync());
        Assert.Equal(20 * 5, await db.ImportFileResults.CountAsync());
    }

    private static async Task<List<NoteSnapshot>> SnapshotAsync(ImportHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.AsNoTracking().Include(n => n.Sections).OrderBy(n => n.Id).ToListAsync();
        return [.. notes.Select(n => new NoteSnapshot(n.Id, n.Slug, n.ContentHash, n.Markdown, n.ImportedAt, [.. n.Sections.Select(s => s.Id).Order()]))];
    }

    private sealed record NoteSnapshot(int Id, string Slug, string Hash, string Markdown, DateTimeOffset ImportedAt, List<int> SectionIds)
    {
        public bool Equals(NoteSnapshot? other) =>
            other is not null && (Id, Slug, Hash, Markdown, ImportedAt) == (other.Id, other.Slug, other.Hash, other.Markdown, other.ImportedAt)
            && SectionIds.SequenceEqual(other.SectionIds);

        public override int GetHashCode() => HashCode.Combine(Id, Slug, Hash);
    }
}
