using AifStudy.Core.Scheduling;
using AifStudy.Core.Scheduling.Optimizer;
using AifStudy.Tests.Shared;
using Xunit.Abstractions;

namespace AifStudy.Core.Tests.Scheduling.Optimizer;

/// <summary>
/// The optimiser against fsrs-rs itself (tests/fsrs-oracle): the same generated histories through both
/// must give weights whose log loss, scored by fsrs-rs, is within 1 % of fsrs-rs's own fit.
/// </summary>
public sealed class OracleComparisonTests(ITestOutputHelper output)
{
    // A learner who forgets faster than the defaults assume, and one who forgets slower.
    private static readonly double[] Forgetful =
        [0.1, 0.6, 1.5, 5, 7, 0.6, 2, 0.01, 1.2, 0.2, 0.9, 1.8, 0.1, 0.3, 1.5, 0.5, 2, 0.6, 0.1, 0.1, 0.3];

    private static readonly double[] Retentive =
        [0.6, 2.5, 5, 15, 5.5, 1, 2.5, 0.01, 1.8, 0.12, 1, 1.2, 0.05, 0.2, 1.8, 0.6, 1.6, 0.5, 0.1, 0.05, 0.15];

    public static TheoryData<int, string> Histories => new() { { 11, nameof(Forgetful) }, { 29, nameof(Retentive) } };

    [OracleTheory]
    [MemberData(nameof(Histories))]
    public void The_fit_of_a_generated_history_is_within_one_percent_of_fsrs_rs(int seed, string learner)
    {
        var truth = learner == nameof(Forgetful) ? Forgetful : Retentive;
        var answers = SimulatedLearner.Answers(seed, cards: 400, days: 120, truth);
        var items = TrainingItems.FromLogs(answers.Select(a => new LoggedReview(a.Card, a.At, a.Rating, a.ElapsedDays)));

        var ours = FsrsOptimizer.Fit(items);
        var reference = FsrsOracle.Run(items, ours.Weights, FsrsWeights.Defaults);

        var (referenceLoss, _) = reference.Evaluations[0];
        var (ourLoss, _) = reference.Evaluations[1];
        output.WriteLine($"{items.Count} items; fsrs-rs log loss {referenceLoss:F5}, ours {ourLoss:F5}, defaults {reference.Evaluations[2].LogLoss:F5}");
        output.WriteLine("fsrs-rs: " + string.Join(", ", reference.Fitted.Select(w => w.ToString("F4", System.Globalization.CultureInfo.InvariantCulture))));
        output.WriteLine("ours:    " + string.Join(", ", ours.Weights.Select(w => w.ToString("F4", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(FitKind.Trained, ours.Kind);
        Assert.True(ourLoss <= referenceLoss * 1.01, $"our log loss {ourLoss} is over 1 % above fsrs-rs's {referenceLoss}");
    }

    [OracleFact]
    public void Our_evaluation_scores_a_history_as_fsrs_rs_does()
    {
        var answers = SimulatedLearner.Answers(5, cards: 200, days: 60, Forgetful);
        var items = TrainingItems.FromLogs(answers.Select(a => new LoggedReview(a.Card, a.At, a.Rating, a.ElapsedDays)));

        var reference = FsrsOracle.Run(items, FsrsWeights.Defaults, Retentive);

        foreach (var (weights, index) in new[] { (FsrsWeights.Defaults, 1), (Retentive, 2) })
        {
            var ours = FsrsEvaluation.Of(weights, items);
            Assert.Equal(reference.Evaluations[index].LogLoss, ours.LogLoss, 4);
            Assert.Equal(reference.Evaluations[index].RmseBins, ours.RmseBins, 4);
        }
    }
}
