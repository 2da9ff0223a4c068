using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Shared set-up for the scheduling tests.</summary>
internal static class Fsrs
{
    /// <summary>The reference tests' first review time: 2022-11-29 12:30 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    public static ReviewScheduler Scheduler(FsrsParameters? parameters = null, Random? fuzz = null) =>
        new(parameters ?? FsrsParameters.Default with { EnableFuzz = false }, new ManualTimeProvider(Start), fuzz);

    /// <summary>A card reviewed with each rating in turn, each time exactly when it falls due.</summary>
    public static List<ReviewOutcome> ReviewWhenDue(ReviewScheduler scheduler, params Rating[] ratings)
    {
        var card = SchedulingState.New(Start);
        var outcomes = new List<ReviewOutcome>();
        foreach (var rating in ratings)
        {
            var outcome = scheduler.Review(card, rating, card.Due);
            outcomes.Add(outcome);
            card = outcome.After;
        }

        return outcomes;
    }

    /// <summary>A card reviewed with each rating after the given whole-day gap, through the scheduler.</summary>
    public static SchedulingState ReviewAfterGaps(ReviewScheduler scheduler, params (Rating Rating, int Days)[] reviews)
    {
        var card = SchedulingState.New(Start);
        var at = Start;
        foreach (var (rating, days) in reviews)
        {
            at += TimeSpan.FromDays(days);
            card = scheduler.Review(card, rating, at).After;
        }

        return card;
    }
}
