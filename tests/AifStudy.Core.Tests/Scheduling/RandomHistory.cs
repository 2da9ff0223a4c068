using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Seeded random cards and review times for the property tests.</summary>
internal static class RandomHistory
{
    public static readonly FsrsParameters FsrsRsSet = FsrsParameters.FromText(Fsrs.FsrsRsWeights);

    public static Rating Rating(Random random) => (Rating)random.Next(1, 5);

    /// <summary>From seconds to years, early and late, so same-day, on-time and long-overdue reviews all occur.</summary>
    public static TimeSpan Gap(Random random) => random.Next(4) switch
    {
        0 => TimeSpan.FromSeconds(random.Next(0, 3600)),
        1 => TimeSpan.FromHours(random.Next(1, 48)),
        2 => TimeSpan.FromDays(random.Next(1, 60)),
        _ => TimeSpan.FromDays(random.Next(60, 4000)),
    };

    /// <summary>Defaults or the fsrs-rs set, with a random retention, maximum, steps and fuzz.</summary>
    public static FsrsParameters Parameters(Random random) =>
        (random.Next(2) == 0 ? FsrsParameters.Default : FsrsRsSet) with
        {
            DesiredRetention = 0.7 + random.Next(30) / 100.0,
            MaximumIntervalDays = random.Next(3) == 0 ? random.Next(1, 400) : 36500,
            RelearningSteps = random.Next(3) == 0 ? [] : [TimeSpan.FromMinutes(10)],
            EnableFuzz = random.Next(2) == 0,
        };

    /// <summary>A card after a random history of up to 30 reviews, and the time of its last one.</summary>
    public static (SchedulingState Card, DateTimeOffset At) Card(Random random, ReviewScheduler scheduler)
    {
        var card = SchedulingState.New(Fsrs.Start);
        var at = Fsrs.Start;
        for (var n = random.Next(0, 30); n > 0; n--)
        {
            at += random.Next(3) == 0 ? card.Due - at : Gap(random);
            card = scheduler.Review(card, Rating(random), at).After;
        }

        return (card, at);
    }
}
