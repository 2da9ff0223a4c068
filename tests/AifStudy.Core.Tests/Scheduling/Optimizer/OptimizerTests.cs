using AifStudy.Core.Scheduling;
using AifStudy.Core.Scheduling.Optimizer;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Scheduling.Optimizer;

/// <summary>The optimiser's pieces against fsrs-rs's own unit-test vectors, and its behaviour on small or generated histories.</summary>
public sealed class OptimizerTests
{
    private static readonly double[] Forgetful =
        [0.1, 0.6, 1.5, 5, 7, 0.6, 2, 0.01, 1.2, 0.2, 0.9, 1.8, 0.1, 0.3, 1.5, 0.5, 2, 0.6, 0.1, 0.1, 0.3];

    [Fact]
    public void Smooth_and_fill_matches_fsrs_rs()
    {
        // fsrs-rs parameter_initialization.rs test_smooth_and_fill.
        var three = InitialStability.SmoothAndFill(
            new Dictionary<int, double> { [1] = 0.4, [3] = 2.3, [4] = 10.9 },
            new Dictionary<int, int> { [1] = 1, [2] = 1, [3] = 1, [4] = 1 })!;
        Assert.Equal([0.4, 1.1227008, 2.3, 10.9], three.Select(v => Math.Round(v, 6)), new ToleranceComparer(1e-6));

        var one = InitialStability.SmoothAndFill(new Dictionary<int, double> { [2] = 0.35 }, new Dictionary<int, int> { [2] = 1 })!;
        Assert.Equal([0.05738148, 0.35, 0.6242943, 2.2453482], one, new ToleranceComparer(1e-6));
    }

    [Fact]
    public void A_lower_rating_never_starts_more_stable_than_a_higher_one()
    {
        var filled = InitialStability.SmoothAndFill(
            new Dictionary<int, double> { [1] = 3, [2] = 1, [3] = 2, [4] = 9 },
            new Dictionary<int, int> { [1] = 50, [2] = 5, [3] = 80, [4] = 10 })!;

        Assert.Equal([2, 2, 2, 9], filled); // Hard (5 answers) yields to Good (80), then Again yields to Good too
    }

    [Fact]
    public void The_learning_rate_anneals_along_a_cosine_to_zero()
    {
        var schedule = new CosineAnnealing(100, 0.04);
        var rates = Enumerable.Range(0, 100).Select(_ => schedule.Next()).ToArray();

        Assert.Equal(0.04 * (1 + Math.Cos(Math.PI / 100)) / 2, rates[0], 12);
        Assert.Equal(0.02, rates[49], 12);
        Assert.Equal(0, rates[99], 12);
    }

    [Fact]
    public void Items_are_answers_a_day_or_more_after_the_previous_one_with_the_cards_history_oldest_first()
    {
        var t0 = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        LoggedReview[] logs =
        [
            new(2, t0.AddDays(3), Rating.Good, 3),
            new(1, t0, Rating.Again, 0),
            new(1, t0.AddMinutes(10), Rating.Good, 0),
            new(2, t0, Rating.Good, 0),
            new(1, t0.AddDays(2), Rating.Good, 2),
            new(1, t0.AddDays(2).AddMinutes(5), Rating.Good, 0),
        ];

        var items = TrainingItems.FromLogs(logs);

        Assert.Equal(2, items.Count);
        Assert.Equal([new(Rating.Again, 0), new(Rating.Good, 0), new(Rating.Good, 2)], items[0].Reviews);
        Assert.Equal([new(Rating.Good, 0), new(Rating.Good, 3)], items[1].Reviews);
    }

    [Fact]
    public void Too_few_answers_give_the_defaults_and_say_so()
    {
        var answers = SimulatedLearner.Answers(3, cards: 5, days: 10, Forgetful, newPerDay: 5);
        var items = TrainingItems.FromLogs(answers.Select(a => new LoggedReview(a.Card, a.At, a.Rating, a.ElapsedDays)));

        var fit = FsrsOptimizer.Fit(items);

        Assert.Equal(FitKind.NotEnoughData, fit.Kind);
        Assert.Equal(FsrsWeights.Defaults, fit.Weights);
    }

    [Fact]
    public void A_fit_stays_in_bounds_beats_the_defaults_on_its_own_history_and_is_repeatable()
    {
        var answers = SimulatedLearner.Answers(7, cards: 300, days: 90, Forgetful);
        var items = TrainingItems.FromLogs(answers.Select(a => new LoggedReview(a.Card, a.At, a.Rating, a.ElapsedDays)));

        var fit = FsrsOptimizer.Fit(items);

        Assert.Equal(FitKind.Trained, fit.Kind);
        Assert.Equal(fit.Weights, FsrsOptimizer.Fit(items).Weights);
        _ = FsrsWeights.Normalize(fit.Weights); // throws when a weight is out of range
        Assert.True(fit.Weights.Take(4).Zip(fit.Weights.Skip(1).Take(3)).All(p => p.First <= p.Second), "initial stability must rise with the rating");
        Assert.True(FsrsEvaluation.Of(fit.Weights, items).LogLoss < FsrsEvaluation.Of(FsrsWeights.Defaults, items).LogLoss);
    }

    [Fact]
    public void Cancelling_stops_the_fit()
    {
        var answers = SimulatedLearner.Answers(7, cards: 300, days: 90, Forgetful);
        var items = TrainingItems.FromLogs(answers.Select(a => new LoggedReview(a.Card, a.At, a.Rating, a.ElapsedDays)));

        Assert.Throws<OperationCanceledException>(() => FsrsOptimizer.Fit(items, cancellation: new CancellationToken(true)));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
