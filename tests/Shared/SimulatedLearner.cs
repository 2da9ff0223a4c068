using AifStudy.Core.Scheduling;

namespace AifStudy.Tests.Shared;

/// <summary>
/// A seeded learner whose memory follows FSRS-6 with hidden "true" weights: each answer is a recall
/// with the true model's chance, and cards come back when the scheduler (on other weights) says.
/// Its answers are a history to fit weights to.
/// </summary>
internal static class SimulatedLearner
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Answers to <paramref name="cards"/> cards over <paramref name="days"/> days, as (card, time, rating, whole days since the previous answer).</summary>
    public static List<(int Card, DateTimeOffset At, Rating Rating, int ElapsedDays)> Answers(
        int seed, int cards, int days, IReadOnlyList<double> trueWeights, int newPerDay = 20)
    {
        var random = new Random(seed);
        var truth = new ReviewScheduler(FsrsParameters.FromWeights(trueWeights) with { EnableFuzz = false }, TimeProvider.System);
        var scheduler = new ReviewScheduler(FsrsParameters.Default, TimeProvider.System, new Random(seed));
        var states = new List<(SchedulingState Scheduled, SchedulingState True, DateTimeOffset? Last)>();
        var answers = new List<(int, DateTimeOffset, Rating, int)>();
        var end = Start.AddDays(days);
        var introduced = 0;
        for (var day = Start; day < end; day = day.AddDays(1))
        {
            for (var n = 0; n < newPerDay && introduced < cards; n++, introduced++)
            {
                states.Add((SchedulingState.New(day), SchedulingState.New(day), null));
            }

            // Answer everything due today, in due order, until nothing is due before the day ends.
            for (var guard = 0; guard < 10_000; guard++)
            {
                var next = -1;
                for (var i = 0; i < states.Count; i++)
                {
                    if (states[i].Scheduled.Due < day.AddHours(14) && (next < 0 || states[i].Scheduled.Due < states[next].Scheduled.Due))
                    {
                        next = i;
                    }
                }

                if (next < 0)
                {
                    break;
                }

                var (scheduled, trueState, last) = states[next];
                var at = scheduled.Due > day ? scheduled.Due : day.AddMinutes(random.Next(0, 120));
                var recall = last is null ? 0.5 + 0.4 * random.NextDouble() : truth.Retrievability(trueState, at);
                var rating = random.NextDouble() >= recall ? Rating.Again : random.Next(10) switch
                {
                    0 => Rating.Hard,
                    9 => Rating.Easy,
                    _ => Rating.Good,
                };
                var elapsed = last is { } l ? (int)Math.Floor((at - l).TotalDays) : 0;
                answers.Add((next, at, rating, elapsed));
                states[next] = (scheduler.Review(scheduled, rating, at).After, truth.Review(trueState, rating, at).After, at);
            }
        }

        return answers;
    }
}
