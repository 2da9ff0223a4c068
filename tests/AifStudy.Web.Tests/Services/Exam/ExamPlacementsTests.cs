using AifStudy.Core.Exam;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Exam;

/// <summary>
/// A learner's corrections of where sections sit in the exam guide, over real SQLite: they move the section (and its
/// subsections) on the map, in task statement scopes and in the exam draw, for that learner only, and survive re-imports.
/// </summary>
public sealed class ExamPlacementsTests
{
    private static async Task<QuizHarness> WholeExamAsync()
    {
        var harness = await QuizHarness.CreateAsync();
        harness.Review.Import.Content.Write("whole-exam.md", ExamNotes.WholeExam);
        await harness.Review.Import.Importer.ImportAsync();
        return harness;
    }

    private static ExamPlacements Placements(QuizHarness harness) => harness.Review.Services.GetRequiredService<ExamPlacements>();

    private static string AnchorOf(PlacementMap map, string slug, string title) =>
        map.Notes.Single(n => n.Slug == slug).Sections.Single(s => s.Title == title).Anchor;

    [Fact]
    public async Task A_section_moved_to_another_task_statement_is_asked_there_and_in_its_domain()
    {
        using var harness = await WholeExamAsync();
        var placements = Placements(harness);
        var before = await placements.GetAsync(Learner.DefaultId);
        var anchor = AnchorOf(before, "whole-exam", "Prompt engineering techniques");
        Assert.Equal("3.2", before.Of("whole-exam", anchor)!.TaskId);
        var inPrompting = await harness.Pool.DrawAsync(StudyScope.ForTask("3.2"), QuizSetup.AllKinds, 50, 7);
        Assert.Contains(inPrompting, q => q.NoteSlug == "whole-exam");
        Assert.All(inPrompting, q => Assert.Equal("3.2", q.TaskStatement));

        await placements.SetAsync(Learner.DefaultId, "whole-exam", anchor, 0, "5.2");
        var after = await placements.GetAsync(Learner.DefaultId);

        Assert.Equal((5, "5.2", ClassificationSource.Override), (after.Of("whole-exam", anchor)!.Domain, after.Of("whole-exam", anchor)!.TaskId, after.Of("whole-exam", anchor)!.Source));
        Assert.Equal("5.1", after.Of("whole-exam", AnchorOf(after, "whole-exam", "Securing AI systems"))!.TaskId);
        var moved = await harness.Pool.DrawAsync(StudyScope.ForTask("5.2"), QuizSetup.AllKinds, 50, 7, placements: after);
        Assert.Equal(inPrompting.Where(q => q.NoteSlug == "whole-exam").Select(q => q.Key).Order(), moved.Select(q => q.Key).Order());
        Assert.All(moved, q => Assert.Equal((5, "5.2"), (q.Domain, q.TaskStatement)));
        Assert.DoesNotContain(await harness.Pool.DrawAsync(StudyScope.ForTask("3.2"), QuizSetup.AllKinds, 50, 7, placements: after), q => q.NoteSlug == "whole-exam");

        // The exam simulation started by this learner counts the moved questions in domain 5.
        var start = await harness.Starter.StartExamAsync(Learner.DefaultId, seed: 3);
        var exam = await harness.Attempts.GetAsync(Learner.DefaultId, start.AttemptId);
        var asked = exam!.Questions.Where(q => q.Question.NoteSlug == "whole-exam" && q.Question.SectionAnchor == anchor).ToList();
        Assert.NotEmpty(asked);
        Assert.All(asked, q => Assert.Equal((5, "5.2"), (q.Question.Domain, q.Question.TaskStatement)));
    }

    [Fact]
    public async Task A_correction_is_the_learners_own_and_survives_a_reimport_until_undone()
    {
        using var harness = await WholeExamAsync();
        var placements = Placements(harness);
        await using (var db = harness.Database.CreateDbContext())
        {
            db.Learners.Add(new Learner { Id = 2, Name = "Second" });
            await db.SaveChangesAsync();
        }

        await placements.SetAsync(Learner.DefaultId, "whole-exam", null, 4, null);
        harness.Review.Import.Content.Write("whole-exam.md", ExamNotes.WholeExam + "\n\n## Notes to self\n\nRevise Macie and KMS before the exam.\n");
        await harness.Review.Import.Importer.ImportAsync();

        var mine = await placements.GetAsync(Learner.DefaultId);
        var theirs = await placements.GetAsync(2);
        Assert.All(mine.Notes.Single(n => n.Slug == "whole-exam").Sections, s => Assert.Equal(4, s.Placed.Domain));
        Assert.Contains(theirs.Notes.Single(n => n.Slug == "whole-exam").Sections, s => s.Placed.Domain == 3);
        Assert.Equal([new Correction("whole-exam", "", 4, null)], mine.Corrections);

        Assert.True(await placements.ClearAsync(Learner.DefaultId, "whole-exam", null));
        Assert.Contains((await placements.GetAsync(Learner.DefaultId)).Notes.Single(n => n.Slug == "whole-exam").Sections, s => s.Placed.Domain == 3);
        Assert.False(await placements.ClearAsync(Learner.DefaultId, "whole-exam", null));
    }

    [Fact]
    public async Task A_correction_of_what_does_not_exist_is_refused_and_nothing_is_stored()
    {
        using var harness = await WholeExamAsync();
        var placements = Placements(harness);

        var note = await Assert.ThrowsAsync<ArgumentException>(() => placements.SetAsync(Learner.DefaultId, "no-such-note", null, 1, null));
        var section = await Assert.ThrowsAsync<ArgumentException>(() => placements.SetAsync(Learner.DefaultId, "whole-exam", "no-such-section", 1, null));
        var task = await Assert.ThrowsAsync<ArgumentException>(() => placements.SetAsync(Learner.DefaultId, "whole-exam", null, 0, "6.1"));

        Assert.Contains("no-such-note", note.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-section", section.Message, StringComparison.Ordinal);
        Assert.Contains("6.1", task.Message, StringComparison.Ordinal);
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(0, await db.PlacementCorrections.CountAsync());
    }

    [Fact]
    public async Task A_review_of_a_task_statement_shows_only_cards_of_sections_placed_under_it()
    {
        using var harness = await WholeExamAsync();
        var queue = harness.Review.Queue;

        var counts = await queue.CountsAsync(Learner.DefaultId, StudyScope.ForTask("5.1"));
        var card = await queue.NextAsync(Learner.DefaultId, StudyScope.ForTask("5.1"));

        Assert.Equal(4, counts.New);
        Assert.Equal(("whole-exam", "Securing AI systems"), (card!.NoteSlug, card.SectionPathText.Split(" › ")[^1]));
        Assert.Equal(0, (await queue.CountsAsync(Learner.DefaultId, StudyScope.ForTask("4.2"))).Total);
    }
}
