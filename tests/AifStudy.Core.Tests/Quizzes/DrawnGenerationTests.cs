using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>
/// Judging only the questions a quiz draws (<see cref="QuestionGenerator.GenerateDrawn"/>) gives what drawing from the
/// whole generated list gives: same questions, same wording, same order.
/// </summary>
public sealed class DrawnGenerationTests
{
    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Drawing_before_judging_gives_what_drawing_after_gives(string fileName)
    {
        var note = RealNotes.Parse(fileName);
        var slug = Path.GetFileNameWithoutExtension(fileName);
        var judged = QuestionGenerator.JudgeCanonical(note, slug, note.Metadata.Domain);
        foreach (var seed in new[] { QuestionGenerator.CanonicalSeed, 1, 7, 42, 20261207 })
        {
            var all = QuestionGenerator.Generate(note, slug, note.Metadata.Domain, seed, judged);
            Assert.Equal(all.Select(Text), QuestionGenerator.GenerateDrawn(note, slug, note.Metadata.Domain, seed, judged, shape => shape)!.Select(Text));
            foreach (var count in new[] { 1, 5, 20 })
            {
                var expected = QuizSelection.Pick(all, count, seed);
                var drawn = QuestionGenerator.GenerateDrawn(note, slug, note.Metadata.Domain, seed, judged, shape => QuizSelection.Pick(shape, count, seed))!;
                Assert.Equal(expected.Select(Text), drawn.Select(Text));
            }
        }
    }

    [Fact]
    public void A_pick_that_gives_up_gives_null()
    {
        var note = RealNotes.Parse("domain-3-fm-applications.md");
        var judged = QuestionGenerator.JudgeCanonical(note, "d3", note.Metadata.Domain);
        Assert.Null(QuestionGenerator.GenerateDrawn(note, "d3", note.Metadata.Domain, 3, judged, _ => null));
    }

    private static string Text(QuizQuestion q) =>
        $"{q.Key}|{q.Kind}|{q.SectionAnchor}|{q.Prompt}|{string.Join("/", q.Options)}|{string.Join(",", q.CorrectIndexes)}|{string.Join("/", q.AcceptedAnswers)}|{q.Explanation}";
}
