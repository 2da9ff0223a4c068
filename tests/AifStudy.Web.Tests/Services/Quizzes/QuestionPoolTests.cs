using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Quizzes;

public sealed class QuestionPoolTests
{
    [Fact]
    public async Task Questions_from_the_stored_section_tree_are_those_of_the_freshly_parsed_notes()
    {
        using var harness = await QuizHarness.CreateAsync();
        await using var db = harness.Database.CreateDbContext();
        var notes = await db.Notes.Select(n => new { n.Slug, n.SourcePath, n.Domain }).ToListAsync();
        var parser = new NoteParser();
        var expected = notes.OrderBy(n => n.Slug, StringComparer.Ordinal).SelectMany(n => QuestionGenerator.Generate(
            parser.Parse(File.ReadAllText(harness.Review.Import.Content.FullPath(n.SourcePath)), Path.GetFileName(n.SourcePath)), n.Slug, n.Domain, 42));

        var stored = await harness.Pool.GenerateAsync(StudyScope.All, 42);

        Assert.NotEmpty(stored);
        Assert.Equal(expected.Select(Describe), stored.Select(Describe));
    }

    [Fact]
    public async Task A_section_scope_asks_about_the_section_and_its_subsections_only()
    {
        using var harness = await QuizHarness.CreateAsync();
        var all = await harness.Pool.GenerateAsync(StudyScope.All, 3);
        var sample = all.GroupBy(q => (q.NoteSlug, q.SectionAnchor)).OrderByDescending(g => g.Count()).First().First();

        var scoped = await harness.Pool.GenerateAsync(StudyScope.ForSection(sample.NoteSlug, sample.SectionAnchor), 3);

        Assert.Contains(scoped, q => q.Key == sample.Key);
        Assert.All(scoped, q => Assert.Equal(sample.NoteSlug, q.NoteSlug));
        Assert.True(scoped.Count < all.Count(q => q.NoteSlug == sample.NoteSlug));
    }

    private static string Describe(QuizQuestion q) =>
        $"{q.Key}|{q.Kind}|{q.Prompt}|{string.Join("/", q.Options)}|{string.Join(",", q.CorrectIndexes)}|{string.Join("/", q.Items)}";
}
