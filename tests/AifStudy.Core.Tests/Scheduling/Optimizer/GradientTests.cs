using AifStudy.Core.Scheduling;
using AifStudy.Core.Scheduling.Optimizer;

namespace AifStudy.Core.Tests.Scheduling.Optimizer;

/// <summary>The loss's gradient against central finite differences, weight by weight.</summary>
public sealed class GradientTests
{
    private static readonly double[] Other =
        [0.6, 2.5, 5, 15, 5.5, 1, 2.5, 0.2, 1.8, 0.12, 1, 1.2, 0.05, 0.2, 1.8, 0.6, 1.6, 0.5, 0.3, 0.05, 0.35];

    public static TheoryData<string, int[][]> Items => new()
    {
        // A lapse, same-day relearning (Again and Hard), then recalls at growing gaps.
        { "lapse and relearning", [[3, 0], [3, 2], [1, 6], [1, 0], [2, 0], [3, 0], [3, 1], [4, 4], [3, 9]] },
        { "easy start, forgotten", [[4, 0], [3, 8], [1, 30]] },
        { "hard start, same-day steps", [[2, 0], [3, 0], [3, 0], [2, 2], [3, 5]] },
        { "again start", [[1, 0], [1, 0], [3, 0], [3, 1], [3, 3], [3, 8], [3, 21]] },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Every_partial_derivative_matches_finite_differences(string name, int[][] reviews)
    {
        var item = new TrainingItem([.. reviews.Select(r => new TrainingReview((Rating)r[0], r[1]))]);
        foreach (var weights in new[] { FsrsWeights.Defaults, Other })
        {
            var analytic = new TrainingModel(weights).Loss(item, 0.7);
            for (var i = 0; i < Dual.Size; i++)
            {
                var h = 1e-6 * Math.Max(1, Math.Abs(weights[i]));
                var up = (double[])weights.Clone();
                var down = (double[])weights.Clone();
                up[i] += h;
                down[i] -= h;
                var numeric = (new TrainingModel(up).Loss(item, 0.7).Value - new TrainingModel(down).Loss(item, 0.7).Value) / (2 * h);
                Assert.True(
                    Math.Abs(numeric - analytic.Grad[i]) <= 1e-5 + 1e-4 * Math.Abs(numeric),
                    $"{name}: d loss / d w{i} is {analytic.Grad[i]}, finite differences give {numeric}");
            }
        }
    }

    [Fact]
    public void The_loss_is_the_weighted_cross_entropy_of_the_predicted_recall()
    {
        var recalled = new TrainingItem([new(Rating.Good, 0), new(Rating.Good, 3)]);
        var forgotten = new TrainingItem([new(Rating.Good, 0), new(Rating.Again, 3)]);
        var model = new TrainingModel(FsrsWeights.Defaults);

        // S0(Good) = w2 = 2.3065; R(3) with the FSRS-6 curve.
        var decay = -FsrsWeights.Defaults[20];
        var r = Math.Pow(1 + (Math.Pow(0.9, 1 / decay) - 1) * 3 / 2.3065, decay);
        Assert.Equal(r, model.Predict(recalled).Value, 12);
        Assert.Equal(-0.5 * Math.Log(r), model.Loss(recalled, 0.5).Value, 12);
        Assert.Equal(-2 * Math.Log(1 - r), model.Loss(forgotten, 2).Value, 12);
    }

    [Fact]
    public void The_pull_toward_the_start_is_zero_at_the_start_and_grows_with_the_batch_share()
    {
        var start = FsrsWeights.Defaults;
        var moved = (double[])start.Clone();
        moved[7] += 0.12; // one standard spread of w7

        Assert.Equal(0, FsrsOptimizer.Pull(start, start, 512, 1024, 1), 12);
        Assert.Equal(0.5, FsrsOptimizer.Pull(moved, start, 512, 1024, 1), 9);
        Assert.Equal(1, FsrsOptimizer.Pull(moved, start, 1024, 1024, 1), 9);
    }
}
