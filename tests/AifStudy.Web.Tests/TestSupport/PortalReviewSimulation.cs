using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>
/// A seeded learner studying through the portal's own queue and recorder, day after day, whose recall
/// follows FSRS-6 with hidden "true" weights: the review log it leaves is a real portal history.
/// </summary>
internal static class PortalReviewSimulation
{
    public static readonly double[] Forgetful =
        [0.1, 0.6, 1.5, 5, 7, 0.6, 2, 0.01, 1.2, 0.2, 0.9, 1.8, 0.1, 0.3, 1.5, 0.5, 2, 0.6, 0.1, 0.1, 0.3];

    /// <summary>Studies everything the queue offers each morning for <paramref name="days"/> days; returns the answers given.</summary>
    public static async Task<int> RunAsync(ReviewHarness harness, int days, int newPerDay, int seed, IReadOnlyList<double> trueWeights)
    {
        var random = new Random(seed);
        var truth = new ReviewScheduler(FsrsParameters.FromWeights(trueWeights) with { EnableFuzz = false }, harness.Clock);
        var memory = new Dictionary<int, SchedulingState>();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Learner.DefaultId, NewCardsPerDay = newPerDay });
        var start = harness.Clock.Now.Date.AddHours(8);
        var answers = 0;
        for (var day = 0; day < days; day++)
        {
            harness.Clock.Now = new DateTimeOffset(start.AddDays(day), TimeSpan.Zero);
            while (await harness.Queue.NextAsync(Learner.DefaultId, StudyScope.All) is { } card)
            {
                var known = memory.TryGetValue(card.CardId, out var state);
                var recall = known ? truth.Retrievability(state!, harness.Clock.Now) : 0.5 + 0.4 * random.NextDouble();
                var rating = random.NextDouble() >= recall ? Rating.Again : random.Next(10) switch
                {
                    0 => Rating.Hard,
                    9 => Rating.Easy,
                    _ => Rating.Good,
                };
                await harness.Recorder.RateAsync(Learner.DefaultId, card.CardId, rating);
                memory[card.CardId] = truth.Review(known ? state! : SchedulingState.New(harness.Clock.Now), rating, harness.Clock.Now).After;
                answers++;
                harness.Clock.Now += TimeSpan.FromMinutes(1);
            }
        }

        return answers;
    }
}
