namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>How well a weight set predicts a history: fsrs-rs's two figures (lower is better for both).</summary>
/// <param name="LogLoss">Recency-weighted binary cross-entropy of the predicted recall against what happened.</param>
/// <param name="RmseBins">Root mean square gap between predicted and actual recall rates over bins of similar answers.</param>
/// <param name="Items">How many answers were predicted.</param>
public sealed record FsrsEvaluation(double LogLoss, double RmseBins, int Items)
{
    /// <summary>
    /// Scores <paramref name="weights"/> on <paramref name="items"/> (ordered oldest first) as fsrs-rs's
    /// binding does: on the answers the optimiser would train on (after the outlier filter), with recency weights.
    /// </summary>
    /// <exception cref="ArgumentException">No answers are left to score, or the weights are not a valid FSRS set.</exception>
    public static FsrsEvaluation Of(IReadOnlyList<double> weights, IReadOnlyList<TrainingItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        items = TrainingSet.Prepare(items).Training;
        if (items.Count == 0)
        {
            throw new ArgumentException("There are not enough answers a day or more apart to score weights on.", nameof(items));
        }

        var model = new TrainingModel(FsrsWeights.Normalize(weights));
        var weightsByIndex = RecencyWeights.For(items.Count);
        double loss = 0, weightSum = 0;
        var bins = new Dictionary<(int, int, int), (double Predicted, double Actual, int Count, double Weight)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var r = model.Predict(item).Value;
            var y = item.Recalled ? 1.0 : 0.0;
            var w = weightsByIndex[i];
            loss -= w * (y * Math.Log(Math.Max(r, 1e-12)) + (1 - y) * Math.Log(Math.Max(1 - r, 1e-12)));
            weightSum += w;
            var key = item.Bin;
            var bin = bins.GetValueOrDefault(key);
            bins[key] = (bin.Predicted + r, bin.Actual + y, bin.Count + 1, bin.Weight + w);
        }

        var squared = bins.Values.Sum(b => Math.Pow((b.Predicted - b.Actual) / b.Count, 2) * b.Weight);
        return new FsrsEvaluation(loss / weightSum, Math.Sqrt(squared / weightSum), items.Count);
    }
}

/// <summary>fsrs-rs's recency weights: the i-th of n items (oldest first) counts 0.25 + 0.75 (i / (n - 1))^3.</summary>
internal static class RecencyWeights
{
    public static double[] For(int count)
    {
        var length = Math.Max(count - 1.0, 1.0);
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            weights[i] = 0.25 + 0.75 * Math.Pow(i / length, 3);
        }

        return weights;
    }
}
