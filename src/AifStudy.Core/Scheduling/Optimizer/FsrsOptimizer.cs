namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>What the optimiser could do with the history it was given.</summary>
public enum FitKind
{
    /// <summary>Too few answers a day or more apart: the defaults are returned.</summary>
    NotEnoughData,

    /// <summary>Only the initial stabilities (w0..w3) were fitted; the rest are the defaults.</summary>
    InitialStabilityOnly,

    /// <summary>All 21 weights were trained.</summary>
    Trained,
}

/// <summary>The optimiser's answer.</summary>
/// <param name="Weights">The 21 fitted weights (the defaults when <paramref name="Kind"/> is NotEnoughData).</param>
/// <param name="Kind">How far the fit went.</param>
/// <param name="TrainingItems">Answers trained on, after fsrs-rs's outlier filter.</param>
public sealed record FsrsFit(IReadOnlyList<double> Weights, FitKind Kind, int TrainingItems);

/// <summary>Training settings; the defaults are fsrs-rs's.</summary>
public sealed record FsrsOptimizerOptions
{
    /// <summary>Passes over the training items.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Items per Adam step.</summary>
    public int BatchSize { get; init; } = 512;

    /// <summary>Adam's starting learning rate, annealed to 0.</summary>
    public double LearningRate { get; init; } = 0.04;

    /// <summary>Longest history (answers) an item may have to be trained on.</summary>
    public int MaxSequenceLength { get; init; } = 256;

    /// <summary>Strength of the pull toward the starting weights (L2, scaled by each weight's spread).</summary>
    public double Gamma { get; init; } = 1.0;

    /// <summary>Seed of the batch order.</summary>
    public int Seed { get; init; } = 2023;
}

/// <summary>
/// Fits a learner's FSRS-6 weights to their own answers, as fsrs-rs's <c>compute_parameters</c>
/// (which Anki's "Optimize" runs): pre-train the initial stabilities, then minimise recency-weighted
/// cross-entropy with Adam under a cosine-annealed learning rate, clipping the weights into their
/// bounds after every step and keeping the epoch with the lowest loss.
/// </summary>
public static class FsrsOptimizer
{
    /// <summary>Fewest training items fsrs-rs trains on; below it only the initial stabilities are fitted.</summary>
    public const int MinimumForTraining = 64;

    // fsrs-rs PARAMS_STDDEV: the spread of each weight over many collections, scaling the L2 pull.
    private static readonly double[] Spread =
    [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    ];

    /// <summary>Fits weights to <paramref name="items"/> (oldest first, as <see cref="TrainingItems.FromLogs"/> gives them).</summary>
    public static FsrsFit Fit(IReadOnlyList<TrainingItem> items, FsrsOptimizerOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= new FsrsOptimizerOptions();
        var (initialItems, training) = TrainingSet.Prepare(items);
        var averageRecall = training.Count == 0 ? 0 : training.Average(i => i.Recalled ? 1.0 : 0.0);
        if (training.Count < 8 || InitialStability.Fit(initialItems, averageRecall) is not { } initial)
        {
            return new FsrsFit(FsrsWeights.Defaults, FitKind.NotEnoughData, training.Count);
        }

        double[] start = [.. initial.Stabilities, .. FsrsWeights.Defaults.Skip(4)];
        if (training.Count == initialItems.Count || training.Count < MinimumForTraining)
        {
            return new FsrsFit(start, FitKind.InitialStabilityOnly, training.Count);
        }

        var weights = Train(training, start, options, cancellation);
        var fitted = InitialStability.SmoothAndFill(
            Enumerable.Range(1, 4).ToDictionary(r => r, r => weights[r - 1]), initial.Counts)!;
        return new FsrsFit([.. fitted, .. weights.Skip(4)], FitKind.Trained, training.Count);
    }

    private static double[] Train(List<TrainingItem> items, double[] start, FsrsOptimizerOptions options, CancellationToken cancellation)
    {
        var recency = RecencyWeights.For(items.Count);
        var set = items.Select((item, i) => (Item: item, Weight: recency[i]))
            .Where(x => x.Item.Reviews.Count <= options.MaxSequenceLength)
            .OrderBy(x => x.Item.Reviews.Count)
            .ToArray();
        var total = set.Length;
        var batches = (total + options.BatchSize - 1) / options.BatchSize;
        var schedule = new CosineAnnealing((total / options.BatchSize + 1) * options.Epochs, options.LearningRate);
        var adam = new Adam(Dual.Size);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, batches).ToArray();
        var w = (double[])start.Clone();
        var best = (double[])w.Clone();
        var bestLoss = double.PositiveInfinity;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var batch in order)
            {
                cancellation.ThrowIfCancellationRequested();
                var from = batch * options.BatchSize;
                var to = Math.Min(from + options.BatchSize, total);
                var model = new TrainingModel(w);
                var gradient = new double[Dual.Size];
                for (var i = from; i < to; i++)
                {
                    var loss = model.Loss(set[i].Item, set[i].Weight);
                    for (var k = 0; k < Dual.Size; k++)
                    {
                        gradient[k] += loss.Grad[k];
                    }
                }

                AddPullGradient(gradient, w, start, to - from, total, options.Gamma);
                adam.Step(w, gradient, schedule.Next());
                WeightBounds.Clip(w);
            }

            var epochLoss = EpochLoss(set, w, start, options);
            if (epochLoss < bestLoss)
            {
                bestLoss = epochLoss;
                best = (double[])w.Clone();
            }
        }

        return best;
    }

    /// <summary>The validation loss fsrs-rs keeps the best epoch by: weighted cross-entropy plus the pull, per item.</summary>
    private static double EpochLoss((TrainingItem Item, double Weight)[] set, double[] w, double[] start, FsrsOptimizerOptions options)
    {
        var model = new TrainingModel(w);
        var sum = 0.0;
        for (var from = 0; from < set.Length; from += options.BatchSize)
        {
            var to = Math.Min(from + options.BatchSize, set.Length);
            for (var i = from; i < to; i++)
            {
                sum += model.Loss(set[i].Item, set[i].Weight).Value;
            }

            sum += Pull(w, start, to - from, set.Length, options.Gamma);
        }

        return sum / set.Length;
    }

    /// <summary>gamma * batch / total * sum(((w - w0) / spread)^2).</summary>
    internal static double Pull(double[] w, double[] start, int batch, int total, double gamma)
    {
        var sum = 0.0;
        for (var i = 0; i < Dual.Size; i++)
        {
            var delta = (w[i] - start[i]) / Spread[i];
            sum += delta * delta;
        }

        return sum * gamma * batch / total;
    }

    private static void AddPullGradient(double[] gradient, double[] w, double[] start, int batch, int total, double gamma)
    {
        var scale = gamma * batch / total;
        for (var i = 0; i < Dual.Size; i++)
        {
            gradient[i] += 2 * (w[i] - start[i]) / (Spread[i] * Spread[i]) * scale;
        }
    }
}
