using AifStudy.Web.Data;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Data;

public sealed class StudyDbContextTests
{
    [Fact]
    public async Task Migrations_build_an_empty_database_that_matches_the_model()
    {
        using var database = new SqliteTestDatabase();
        await using var db = database.CreateDbContext();

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task The_default_learner_is_seeded()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();

        var learner = await db.Learners.SingleAsync();

        Assert.Equal((Learner.DefaultId, "Local learner"), (learner.Id, learner.Name));
    }

    [Fact]
    public async Task The_default_learner_has_default_review_settings()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();

        var settings = await db.LearnerSettings.SingleAsync();

        Assert.Equivalent(new LearnerSettings { LearnerId = Learner.DefaultId }, settings, strict: true);
    }

    [Fact]
    public async Task Deleting_a_note_keeps_its_cards_without_a_note()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();
        var note = NewNote("n", "n.md");
        db.Cards.Add(new Card
        {
            Key = "0123456789abcdef", Note = note, NoteSlug = "n", Front = "f", Back = "b", Subject = "s", SectionAnchor = "a", SectionPathText = "A",
        });
        await db.SaveChangesAsync();

        await db.Notes.ExecuteDeleteAsync();

        Assert.Null(await db.Cards.Select(c => c.NoteId).SingleAsync());
    }

    [Fact]
    public async Task Two_notes_cannot_share_a_slug()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();
        db.Notes.AddRange(NewNote("same", "a/same.md"), NewNote("same", "b/same.md"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_a_note_deletes_its_sections()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using (var db = database.CreateDbContext())
        {
            var note = NewNote("n", "n.md");
            note.Sections.Add(new Section { Position = 0, Title = "T", PathText = "T", Anchor = "t", Markdown = "", PlainText = "", StructureJson = "{}" });
            db.Notes.Add(note);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateDbContext())
        {
            await db.Notes.ExecuteDeleteAsync();
            Assert.Equal(0, await db.Sections.CountAsync());
        }
    }

    [Fact]
    public async Task Import_outcomes_are_stored_as_text()
    {
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();
        db.ImportRuns.Add(new ImportRun { ContentPath = "/c", Files = [new ImportFileResult { Path = "x.md", Outcome = ImportOutcome.Failed }] });
        await db.SaveChangesAsync();

        var stored = await db.Database.SqlQuery<string>($"SELECT \"Outcome\" AS \"Value\" FROM \"ImportFileResults\"").SingleAsync();

        Assert.Equal("Failed", stored);
    }

    [Fact]
    public async Task Dates_can_be_compared_and_ordered_in_queries()
    {
        var noon = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using var database = await SqliteTestDatabase.CreateMigratedAsync();
        await using var db = database.CreateDbContext();
        db.ImportRuns.AddRange(
            new ImportRun { ContentPath = "late", StartedAt = noon.AddHours(1) },
            new ImportRun { ContentPath = "early-in-china", StartedAt = new DateTimeOffset(2026, 3, 1, 19, 0, 0, TimeSpan.FromHours(8)) },
            new ImportRun { ContentPath = "early", StartedAt = noon.AddHours(-2) });
        await db.SaveChangesAsync();

        var before = await db.ImportRuns.Where(r => r.StartedAt < noon).OrderBy(r => r.StartedAt).Select(r => r.ContentPath).ToListAsync();

        Assert.Equal(["early", "early-in-china"], before);
    }

    internal static Note NewNote(string slug, string path) =>
        new() { Slug = slug, SourcePath = path, ContentHash = new string('0', 64), Title = slug, Markdown = "" };
}
