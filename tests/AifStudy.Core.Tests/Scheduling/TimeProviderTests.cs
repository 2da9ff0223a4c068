using AifStudy.Core.Scheduling;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>"Now" comes only from the injected clock.</summary>
public sealed class TimeProviderTests
{
    private readonly ManualTimeProvider _clock = new(Fsrs.Start);
    private readonly ReviewScheduler _scheduler;

    public TimeProviderTests() =>
        _scheduler = new ReviewScheduler(FsrsParameters.Default with { EnableFuzz = false }, _clock);

    [Fact]
    public void A_review_without_a_time_happens_at_the_clocks_now()
    {
        _clock.Now += TimeSpan.FromDays(3);

        var outcome = _scheduler.Review(SchedulingState.New(Fsrs.Start), Rating.Good);

        Assert.Equal(Fsrs.Start.AddDays(3), outcome.After.LastReview);
        Assert.Equal(Fsrs.Start.AddDays(3).AddMinutes(10), outcome.After.Due);
    }

    [Fact]
    public void Preview_without_a_time_uses_the_clock_and_elapsed_days_follow_it()
    {
        var card = new SchedulingState(CardState.Review, null, 10, 5, Fsrs.Start.AddDays(10), Fsrs.Start);
        _clock.Now = Fsrs.Start.AddDays(12).AddHours(23);

        var good = _scheduler.Preview(card)[Rating.Good];

        Assert.Equal(12, good.ElapsedDays);
        Assert.Equal(_clock.GetUtcNow(), good.After.LastReview);
    }

    [Fact]
    public void A_review_a_second_short_of_a_day_counts_as_the_same_day()
    {
        var card = new SchedulingState(CardState.Review, null, 10, 5, Fsrs.Start.AddDays(1), Fsrs.Start);

        var early = _scheduler.Review(card, Rating.Good, Fsrs.Start.AddDays(1).AddSeconds(-1));
        var onTime = _scheduler.Review(card, Rating.Good, Fsrs.Start.AddDays(1));

        Assert.Equal((0, 1), (early.ElapsedDays, onTime.ElapsedDays));
        Assert.True(onTime.After.Stability > early.After.Stability);
    }

    [Fact]
    public void Retrievability_is_one_at_the_review_and_ninety_percent_after_stability_days()
    {
        var card = new SchedulingState(CardState.Review, null, 10, 5, Fsrs.Start.AddDays(10), Fsrs.Start);

        Assert.Equal(1.0, _scheduler.Retrievability(card, Fsrs.Start));
        Assert.Equal(0.9, _scheduler.Retrievability(card, Fsrs.Start.AddDays(10)), 1e-12);
        Assert.Equal(0.0, _scheduler.Retrievability(SchedulingState.New(Fsrs.Start), Fsrs.Start));
    }
}
