using AifStudy.Web.Data;
using AifStudy.Web.Services;
using AifStudy.Web.Tests.Data;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Services;

public sealed class NoteCatalogTests
{
    [Fact]
    public async Task Domains_come_in_exam_order_with_their_notes_and_unknown_domains_are_unassigned()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await SeedAsync(database,
            Note("b-ml", "B ML basics", 1, emptySections: 1, fullSections: 2),
            Note("a-ml", "A ML more", 1, emptySections: 0, fullSections: 1),
            Note("fm", "FM apps", 3, emptySections: 0, fullSections: 0),
            Note("loose", "Loose note", null, emptySections: 0, fullSections: 1),
            Note("odd", "Odd domain", 7, emptySections: 0, fullSections: 0));

        var domains = await new NoteCatalog(database).GetDomainsAsync();

        Assert.Equal([1, 2, 3, 4, 5, null], domains.Select(d => d.Domain?.Number));
        Assert.Equal("Fundamentals of AI and ML", domains[0].Name);
        Assert.Equal("人工智能和机器学习基础", domains[0].Domain!.ChineseName);
        Assert.Equal("Unassigned", domains[5].Name);
        Assert.Equal(["a-ml", "b-ml"], domains[0].Notes.Select(n => n.Slug));
        Assert.Equal(new NoteSummary("b-ml", "B ML basics", "zh-Hans,en", 3, 2), domains[0].Notes[1]);
        Assert.Empty(domains[1].Notes);
        Assert.Equal(["fm"], domains[2].Notes.Select(n => n.Slug));
        Assert.Equal(["loose", "odd"], domains[5].Notes.Select(n => n.Slug));
    }

    [Fact]
    public async Task Without_unassigned_notes_there_are_just_the_five_domains()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await SeedAsync(database, Note("x", "X", 2, 0, 1));

        var domains = await new NoteCatalog(database).GetDomainsAsync();

        Assert.Equal([1, 2, 3, 4, 5], domains.Select(d => d.Domain!.Number));
    }

    [Fact]
    public async Task A_note_comes_with_its_sections_in_document_order()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        var note = Note("n", "N", 2, 0, 0);
        note.Sections.AddRange([NewSection(2), NewSection(0), NewSection(1)]);
        await SeedAsync(database, note);
        var catalog = new NoteCatalog(database);

        var found = await catalog.GetNoteAsync("n");

        Assert.NotNull(found);
        Assert.Equal([0, 1, 2], found.Sections.Select(s => s.Position));
        Assert.Null(await catalog.GetNoteAsync("missing"));
    }

    [Fact]
    public async Task The_latest_import_is_the_last_run_with_failures_listed_first()
    {
        using var harness = await ImportHarness.CreateAsync();
        var catalog = new NoteCatalog(harness.Database);
        Assert.Null(await catalog.GetLatestImportAsync());
        await harness.Importer.ImportAsync();
        harness.Content.Write("zz-broken.md", [0x00]);
        var second = await harness.Importer.ImportAsync();

        var latest = await catalog.GetLatestImportAsync();

        Assert.NotNull(latest);
        Assert.Equal(second.Id, latest.Id);
        Assert.Equal(6, latest.Files.Count);
        Assert.Equal(("zz-broken.md", ImportOutcome.Failed), (latest.Files[0].Path, latest.Files[0].Outcome));
    }

    private static Note Note(string slug, string title, int? domain, int emptySections, int fullSections)
    {
        var note = StudyDbContextTests.NewNote(slug, slug + ".md");
        note.Title = title;
        note.Domain = domain;
        note.Languages = "zh-Hans,en";
        note.SectionCount = emptySections + fullSections;
        note.Sections.AddRange(Enumerable.Range(0, note.SectionCount).Select(i => NewSection(i, isEmpty: i < emptySections)));
        return note;
    }

    private static Section NewSection(int position, bool isEmpty = false) => new()
    {
        Position = position, Title = $"S{position}", PathText = $"S{position}", Anchor = $"s{position}",
        IsEmpty = isEmpty, Markdown = "", PlainText = "", StructureJson = "{}",
    };

    private static async Task SeedAsync(SqliteTestDatabase database, params Note[] notes)
    {
        await using var db = database.CreateDbContext();
        db.Notes.AddRange(notes);
        await db.SaveChangesAsync();
    }
}
