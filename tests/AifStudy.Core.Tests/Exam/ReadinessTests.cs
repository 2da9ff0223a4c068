using AifStudy.Core.Exam;

namespace AifStudy.Core.Tests.Exam;

/// <summary>The readiness estimate on fixed answers: its score, its range, when it refuses, and what it says to study next.</summary>
public sealed class ReadinessTests
{
    private static IEnumerable<TaskEvidence> Every(int answers, int correct, bool notes = true) =>
        ExamGuide.TaskStatements.Select(t => new TaskEvidence(t.Id, answers, correct, [], notes));

    [Fact]
    public void Seven_in_ten_on_every_task_statement_is_a_pass_with_a_range_around_it()
    {
        // Overall (98 + 1) / (140 + 2); each task statement Beta(4·overall + 7, 4·(1 − overall) + 3): mean 0.6992,
        // sd 0.1184; the exam's sd over 14 independent task statements weighted 20/24/28/14/14 is 0.0317.
        var estimate = Readiness.Estimate(Every(10, 7));

        Assert.True(estimate.HasEstimate);
        Assert.Equal(729, estimate.Score);
        Assert.Equal(682, estimate.Low);
        Assert.Equal(776, estimate.High);
        Assert.True(estimate.Passes);
        Assert.Equal(140, estimate.Answers);
        Assert.Equal([1, 2, 3, 4, 5], estimate.TestedDomains);
        Assert.Empty(estimate.UntestedDomains);
    }

    [Fact]
    public void Too_few_answers_give_no_estimate_but_say_how_many_there_are()
    {
        var estimate = Readiness.Estimate([new TaskEvidence("3.2", 12, 9, [], true)]);

        Assert.False(estimate.HasEstimate);
        Assert.Equal(0, estimate.Score);
        Assert.Equal(12, estimate.Answers);
        Assert.Equal([3], estimate.TestedDomains);
        Assert.Equal([1, 2, 4, 5], estimate.UntestedDomains);
        Assert.False(estimate.Passes);
    }

    [Fact]
    public void An_untested_domain_widens_the_range_and_is_named()
    {
        var everything = Readiness.Estimate(Every(10, 7));
        var noDomainFive = Readiness.Estimate(Every(10, 7).Where(e => !e.TaskId.StartsWith('5')).Concat([new TaskEvidence("5.1", 0, 0, [], true)]));

        Assert.True(noDomainFive.HasEstimate);
        Assert.Equal([5], noDomainFive.UntestedDomains);
        Assert.True(noDomainFive.High - noDomainFive.Low > everything.High - everything.Low);
        Assert.True(noDomainFive.Tasks.Single(t => t.Task.Id == "5.1").IsUntested);
    }

    [Fact]
    public void Remembered_cards_raise_a_task_statement_and_forgotten_ones_lower_it()
    {
        var remembered = Readiness.Estimate(Every(10, 7).Select(e => e.TaskId == "2.1" ? e with { Retrievabilities = [0.95, 0.9, 0.97, 0.92] } : e));
        var forgotten = Readiness.Estimate(Every(10, 7).Select(e => e.TaskId == "2.1" ? e with { Retrievabilities = [0.2, 0.1, 0.3, 0.25] } : e));

        var up = remembered.Tasks.Single(t => t.Task.Id == "2.1");
        var down = forgotten.Tasks.Single(t => t.Task.Id == "2.1");
        Assert.Equal(4, up.Cards);
        Assert.Equal(0.935, up.MeanRetrievability!.Value, 3);
        Assert.True(up.Mean > 0.7 && down.Mean < 0.68);
        Assert.True(remembered.Score >= forgotten.Score);
    }

    [Fact]
    public void Study_next_is_the_weakest_task_statement_the_notes_cover()
    {
        var evidence = Every(10, 8).Select(e => e.TaskId switch
        {
            "4.2" => e with { Correct = 2, HasNotes = false }, // weakest, but nothing to study it from
            "3.4" => e with { Correct = 4 },
            "1.3" => e with { Correct = 5 },
            _ => e,
        });

        var estimate = Readiness.Estimate(evidence);

        Assert.Equal("3.4", estimate.StudyNext!.Task.Id);
    }

    [Fact]
    public void An_untested_task_statement_with_notes_comes_before_well_known_ones()
    {
        var evidence = Every(20, 18).Select(e => e.TaskId == "5.2" ? e with { Answers = 0, Correct = 0 } : e);

        Assert.Equal("5.2", Readiness.Estimate(evidence).StudyNext!.Task.Id);
    }

    [Fact]
    public void No_notes_no_suggestion() =>
        Assert.Null(Readiness.Estimate(Every(10, 7, notes: false)).StudyNext);

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 1000)]
    [InlineData(2.0 / 3, 700)]
    [InlineData(-0.2, 100)]
    public void The_share_right_maps_linearly_onto_the_scaled_score(double share, int score) =>
        Assert.Equal(score, Readiness.Scaled(share));
}
