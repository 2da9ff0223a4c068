namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>
/// fsrs-rs's pre-training (<c>parameter_initialization.rs</c>): fits the four initial stabilities
/// w0..w3 from how often a card first rated G was recalled at its first review a day or more later,
/// then makes them rise with the rating and fills ratings never used from the ones that were.
/// </summary>
internal static class InitialStability
{
    public const double Max = 100;

    // The fitted weights of fsrs-rs's fill-in rule (power means between neighbouring ratings).
    private const double W1 = 0.41;
    private const double W2 = 0.54;

    /// <summary>Fits w0..w3; null when no card has a first long-term answer to learn from.</summary>
    /// <param name="items">Items with exactly one long-term answer (their last).</param>
    /// <param name="averageRecall">The recall rate over all training items, for Laplace smoothing.</param>
    public static (double[] Stabilities, Dictionary<int, int> Counts)? Fit(IEnumerable<TrainingItem> items, double averageRecall)
    {
        var groups = items
            .GroupBy(i => (int)i.Reviews[0].Rating)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(i => i.FirstLongTerm.DeltaDays)
                    .Select(d => (Days: (double)d.Key, Recall: d.Average(i => i.FirstLongTerm.Rating > Rating.Again ? 1.0 : 0.0), Count: (double)d.Count()))
                    .OrderBy(d => d.Days)
                    .ToList());
        var counts = groups.ToDictionary(g => g.Key, g => (int)g.Value.Sum(d => d.Count));
        var fitted = groups.ToDictionary(g => g.Key, g => Search(g.Value, averageRecall, FsrsWeights.Defaults[g.Key - 1]));
        var filled = SmoothAndFill(fitted, counts);
        return filled is null ? null : (filled, counts);
    }

    /// <summary>Ternary search of S0 in [0.001, 100] minimising cross-entropy plus |S0 - default| / 16.</summary>
    private static double Search(List<(double Days, double Recall, double Count)> data, double averageRecall, double defaultS0)
    {
        var smoothed = data.Select(d => (d.Days, Recall: (d.Recall * d.Count + averageRecall) / (d.Count + 1), d.Count)).ToList();
        double low = FsrsModel.MinStability, high = Max, best = defaultS0;
        for (var iteration = 0; high - low > double.Epsilon && iteration < 1000; iteration++)
        {
            var mid1 = low + (high - low) / 3;
            var mid2 = high - (high - low) / 3;
            if (Loss(smoothed, mid1, defaultS0) < Loss(smoothed, mid2, defaultS0))
            {
                high = mid2;
            }
            else
            {
                low = mid1;
            }

            best = (high + low) / 2;
        }

        return best;
    }

    private static double Loss(List<(double Days, double Recall, double Count)> data, double s0, double defaultS0)
    {
        var decay = -FsrsWeights.Defaults[20];
        var factor = Math.Pow(0.9, 1 / decay) - 1;
        var loss = 0.0;
        foreach (var (days, recall, count) in data)
        {
            var predicted = Math.Pow(1 + factor * days / s0, decay);
            loss -= (recall * Math.Log(predicted) + (1 - recall) * Math.Log(1 - predicted)) * count;
        }

        return loss + Math.Abs(s0 - defaultS0) / 16;
    }

    /// <summary>
    /// Orders the fitted stabilities by rating (the better-supported one wins a conflict) and fills the
    /// missing ratings; null when none was fitted.
    /// </summary>
    public static double[]? SmoothAndFill(Dictionary<int, double> fitted, IReadOnlyDictionary<int, int> counts)
    {
        var s = fitted.Where(p => counts.ContainsKey(p.Key)).ToDictionary(p => p.Key, p => p.Value);
        foreach (var (small, big) in new[] { (1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4) })
        {
            if (s.TryGetValue(small, out var smallValue) && s.TryGetValue(big, out var bigValue) && smallValue > bigValue)
            {
                if (counts[small] > counts[big])
                {
                    s[big] = smallValue;
                }
                else
                {
                    s[small] = bigValue;
                }
            }
        }

        double[]? result = s.Count switch
        {
            0 => null,
            1 => ScaleDefaults(s.Single()),
            _ => Fill([0, Get(s, 1), Get(s, 2), Get(s, 3), Get(s, 4)]),
        };
        return result?.Select(v => Math.Clamp(v, FsrsModel.MinStability, Max)).ToArray();
    }

    private static double? Get(Dictionary<int, double> s, int rating) => s.TryGetValue(rating, out var v) ? v : null;

    private static double[] ScaleDefaults(KeyValuePair<int, double> only)
    {
        var factor = only.Value / FsrsWeights.Defaults[only.Key - 1];
        return [.. FsrsWeights.Defaults.Take(4).Select(v => v * factor).Order()];
    }

    /// <summary>fsrs-rs's fill-in for two or three known ratings (the same power-mean formulas).</summary>
    private static double[] Fill(double?[] r)
    {
        static double P(double a, double e) => Math.Pow(a, e);
        var known = r.Skip(1).Count(v => v is not null);
        if (known == 2)
        {
            switch (r[1], r[2], r[3], r[4])
            {
                case (null, null, { } r3, { } r4):
                    r[2] = P(r3, 1 / (1 - W2)) * P(r4, 1 - 1 / (1 - W2));
                    r[1] = P(r[2]!.Value, 1 / W1) * P(r3, 1 - 1 / W1);
                    break;
                case (null, { } r2, null, { } r4):
                    r[3] = P(r2, 1 - W2) * P(r4, W2);
                    r[1] = P(r2, 1 / W1) * P(r[3]!.Value, 1 - 1 / W1);
                    break;
                case (null, { } r2, { } r3, null):
                    r[4] = P(r2, 1 - 1 / W2) * P(r3, 1 / W2);
                    r[1] = P(r2, 1 / W1) * P(r3, 1 - 1 / W1);
                    break;
                case ({ } r1, null, null, { } r4):
                    var k = W1 + W2 - W1 * W2;
                    r[2] = P(r1, W1 / k) * P(r4, 1 - W1 / k);
                    r[3] = P(r1, 1 - W2 / k) * P(r4, W2 / k);
                    break;
                case ({ } r1, null, { } r3, null):
                    r[2] = P(r1, W1) * P(r3, 1 - W1);
                    r[4] = P(r[2]!.Value, 1 - 1 / W2) * P(r3, 1 / W2);
                    break;
                case ({ } r1, { } r2, null, null):
                    r[3] = P(r1, 1 - 1 / (1 - W1)) * P(r2, 1 / (1 - W1));
                    r[4] = P(r2, 1 - 1 / W2) * P(r[3]!.Value, 1 / W2);
                    break;
            }
        }
        else if (known == 3)
        {
            switch (r[1], r[2], r[3], r[4])
            {
                case (null, { } r2, { } r3, _):
                    r[1] = P(r2, 1 / W1) * P(r3, 1 - 1 / W1);
                    break;
                case ({ } r1, null, { } r3, _):
                    r[2] = P(r1, W1) * P(r3, 1 - W1);
                    break;
                case (_, { } r2, null, { } r4):
                    r[3] = P(r2, 1 - W2) * P(r4, W2);
                    break;
                case (_, { } r2, { } r3, null):
                    r[4] = P(r2, 1 - 1 / W2) * P(r3, 1 / W2);
                    break;
            }
        }

        return [r[1]!.Value, r[2]!.Value, r[3]!.Value, r[4]!.Value];
    }
}
