using AifStudy.Core.Scheduling;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Shared set-up for the scheduling tests.</summary>
internal static class Fsrs
{
    /// <summary>The reference tests' first review time: 2022-11-29 12:30 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2022, 11, 29, 12, 30, 0, TimeSpan.Zero);

    /// <summary>fsrs-rs src/inference.rs, tests module: <c>static PARAMETERS</c>, a 19-value (FSRS-5) set.</summary>
    public const string FsrsRsWeights =
        "0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797, 1.071918, 0.0025195254, 1.432437, " +
        "0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261, 0.121442534";

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
