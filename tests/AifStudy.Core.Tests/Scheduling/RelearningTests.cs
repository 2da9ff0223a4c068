using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Lapses and relearning steps (py-fsrs tests/test_basic.py test_review_state, test_relearning).</summary>
public sealed class RelearningTests
{
    private static readonly SchedulingState ReviewCard =
        new(CardState.Review, null, 20, 5, Fsrs.Start.AddDays(20), Fsrs.Start);

    private readonly ReviewScheduler _scheduler = Fsrs.Scheduler();

    [Fact]
    public void Again_in_review_lapses_into_relearning_for_ten_minutes()
    {
        var outcome = _scheduler.Review(ReviewCard, Rating.Again, ReviewCard.Due);

        Assert.Equal((CardState.Relearning, 0), (outcome.After.State, outcome.After.Step));
        Assert.Equal(TimeSpan.FromMinutes(10), outcome.Interval);
        Assert.Equal(20, outcome.ElapsedDays);
        Assert.True(outcome.After.Stability < ReviewCard.Stability);
    }

    [Fact]
    public void Relearning_again_repeats_the_step_hard_waits_half_as_long_again_and_good_returns_to_review()
    {
        var relearning = _scheduler.Review(ReviewCard, Rating.Again, ReviewCard.Due).After;
        var preview = _scheduler.Preview(relearning, relearning.Due);

        Assert.Equal((CardState.Relearning, 0, TimeSpan.FromMinutes(10)), Describe(preview[Rating.Again]));
        Assert.Equal((CardState.Relearning, 0, TimeSpan.FromMinutes(15)), Describe(preview[Rating.Hard]));
        Assert.Equal(CardState.Review, preview[Rating.Good].After.State);
        Assert.True(preview[Rating.Good].ScheduledDays >= 1);
    }

    [Fact]
    public void Without_relearning_steps_a_lapse_stays_in_review_at_a_day_interval()
    {
        var scheduler = Fsrs.Scheduler(FsrsParameters.Default with { EnableFuzz = false, RelearningSteps = [] });

        var outcome = scheduler.Review(ReviewCard, Rating.Again, ReviewCard.Due);

        Assert.Equal(CardState.Review, outcome.After.State);
        Assert.True(outcome.ScheduledDays >= 1);
    }

    [Fact]
    public void A_same_day_review_uses_the_same_day_formula_good_never_lowers_stability_again_does()
    {
        var sameDay = ReviewCard.LastReview!.Value.AddHours(3);
        var preview = _scheduler.Preview(ReviewCard, sameDay);

        Assert.True(preview[Rating.Good].After.Stability >= ReviewCard.Stability);
        Assert.True(preview[Rating.Again].After.Stability < ReviewCard.Stability);
        Assert.Equal(0, preview[Rating.Good].ElapsedDays);
    }

    [Fact]
    public void A_review_card_without_memory_is_refused()
    {
        Assert.Throws<ArgumentException>(() => _scheduler.Review(ReviewCard with { Stability = null }, Rating.Good));
    }

    private static (CardState, int?, TimeSpan) Describe(ReviewOutcome o) => (o.After.State, o.After.Step, o.Interval);
}
