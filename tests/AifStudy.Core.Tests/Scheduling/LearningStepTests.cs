using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Learning steps as py-fsrs 6 runs them (tests/test_basic.py *_learning_steps).</summary>
public sealed class LearningStepTests
{
    private readonly ReviewScheduler _scheduler = Fsrs.Scheduler();
    private readonly SchedulingState _new = SchedulingState.New(Fsrs.Start);

    [Theory]
    [InlineData(Rating.Again, 0, 60)]
    [InlineData(Rating.Hard, 0, 330)]
    [InlineData(Rating.Good, 1, 600)]
    public void A_new_card_moves_through_the_steps_in_minutes(Rating rating, int step, int seconds)
    {
        var outcome = _scheduler.Review(_new, rating, Fsrs.Start);

        Assert.Equal(CardState.Learning, outcome.After.State);
        Assert.Equal(step, outcome.After.Step);
        Assert.Equal(TimeSpan.FromSeconds(seconds), outcome.Interval);
        Assert.Equal(Fsrs.Start.AddSeconds(seconds), outcome.After.Due);
        Assert.Equal(0, outcome.ScheduledDays);
    }

    [Fact]
    public void Easy_graduates_a_new_card_at_once()
    {
        var outcome = _scheduler.Review(_new, Rating.Easy, Fsrs.Start);

        Assert.Equal(CardState.Review, outcome.After.State);
        Assert.Null(outcome.After.Step);
        Assert.Equal(8, outcome.ScheduledDays);
    }

    [Fact]
    public void Good_on_the_last_step_graduates_and_hard_there_repeats_the_step()
    {
        var atLastStep = _scheduler.Review(_new, Rating.Good, Fsrs.Start).After;

        var good = _scheduler.Review(atLastStep, Rating.Good, atLastStep.Due);
        var hard = _scheduler.Review(atLastStep, Rating.Hard, atLastStep.Due);

        Assert.Equal(CardState.Review, good.After.State);
        Assert.True(good.ScheduledDays >= 1);
        Assert.Equal((CardState.Learning, 1, TimeSpan.FromMinutes(10)), (hard.After.State, hard.After.Step, hard.Interval));
    }

    [Fact]
    public void Hard_on_the_first_of_a_single_step_waits_one_and_a_half_steps()
    {
        var scheduler = Fsrs.Scheduler(FsrsParameters.Default with { EnableFuzz = false, LearningSteps = [TimeSpan.FromMinutes(10)] });

        Assert.Equal(TimeSpan.FromMinutes(15), scheduler.Review(_new, Rating.Hard, Fsrs.Start).Interval);
        Assert.Equal(CardState.Review, scheduler.Review(_new, Rating.Good, Fsrs.Start).After.State);
    }

    [Fact]
    public void No_learning_steps_graduates_on_the_first_review_whatever_the_rating()
    {
        var scheduler = Fsrs.Scheduler(FsrsParameters.Default with { EnableFuzz = false, LearningSteps = [] });

        Assert.All(scheduler.Preview(_new, Fsrs.Start).Values, o => Assert.Equal(CardState.Review, o.After.State));
    }

    [Fact]
    public void A_card_left_past_the_last_step_by_shorter_settings_graduates_unless_it_fails()
    {
        var stranded = _new with { State = CardState.Learning, Step = 5, Stability = 2.3, Difficulty = 5, LastReview = Fsrs.Start };
        var preview = _scheduler.Preview(stranded, Fsrs.Start.AddMinutes(10));

        Assert.Equal((CardState.Learning, 0), (preview[Rating.Again].After.State, preview[Rating.Again].After.Step));
        Assert.Equal(CardState.Review, preview[Rating.Hard].After.State);
    }

    [Fact]
    public void Steps_longer_than_a_day_are_followed_as_configured_and_count_in_scheduled_days()
    {
        var scheduler = Fsrs.Scheduler(FsrsParameters.Default with { EnableFuzz = false, LearningSteps = [TimeSpan.FromDays(1), TimeSpan.FromDays(3)] });

        var outcome = scheduler.Review(_new, Rating.Good, Fsrs.Start);

        Assert.Equal((CardState.Learning, 1, 3), (outcome.After.State, outcome.After.Step, outcome.ScheduledDays));
    }
}
