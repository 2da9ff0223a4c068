namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>
/// The FSRS-6 forward pass as fsrs-rs trains it (<c>model.rs</c>): replay an item's earlier answers
/// into stability and difficulty, predict recall at the last answer's elapsed days, and score that
/// prediction with binary cross-entropy. Everything carries its gradient with respect to the weights.
/// </summary>
internal sealed class TrainingModel
{
    private const double MinStability = FsrsModel.MinStability;
    private const double MaxStability = FsrsModel.MaxStability;

    private readonly Dual[] _w = new Dual[Dual.Size];
    private readonly Dual _decay;
    private readonly Dual _factor;
    private readonly Dual _easyInitialDifficulty;

    public TrainingModel(IReadOnlyList<double> weights)
    {
        for (var i = 0; i < Dual.Size; i++)
        {
            _w[i] = Dual.Weight(weights[i], i);
        }

        _decay = _w[20].Scale(-1);
        _factor = Dual.Exp(Dual.Constant(Math.Log(0.9)) / _decay) + -1;
        _easyInitialDifficulty = InitialDifficulty(4);
    }

    /// <summary>The predicted chance of recall at the item's last answer, with its gradient.</summary>
    public Dual Predict(TrainingItem item)
    {
        var reviews = item.Reviews;
        var stability = Dual.Clamp(_w[(int)reviews[0].Rating - 1], MinStability, MaxStability);
        var difficulty = Dual.Clamp(InitialDifficulty((int)reviews[0].Rating), FsrsModel.MinDifficulty, FsrsModel.MaxDifficulty);
        for (var i = 1; i < reviews.Count - 1; i++)
        {
            (stability, difficulty) = Step(stability, difficulty, reviews[i]);
        }

        return Retrievability(reviews[^1].DeltaDays, stability);
    }

    /// <summary>The item's weighted cross-entropy, -w (y ln R + (1 - y) ln(1 - R)), with its gradient.</summary>
    public Dual Loss(TrainingItem item, double weight)
    {
        var r = Predict(item);
        var term = item.Recalled ? Dual.Log(Dual.Clamp(r, 1e-12, 1)) : Dual.Log(Dual.Clamp(1 - r, 1e-12, 1));
        return term.Scale(-weight);
    }

    private Dual Retrievability(double days, Dual stability) =>
        Dual.Pow(_factor.Scale(days) / stability + 1, _decay);

    private (Dual Stability, Dual Difficulty) Step(Dual stability, Dual difficulty, TrainingReview review)
    {
        var s = Dual.Clamp(stability, MinStability, MaxStability);
        var d = Dual.Clamp(difficulty, FsrsModel.MinDifficulty, FsrsModel.MaxDifficulty);
        var rating = (int)review.Rating;
        Dual next;
        if (review.DeltaDays == 0)
        {
            next = s * ShortTermGrowth(s, rating);
        }
        else
        {
            var r = Retrievability(review.DeltaDays, s);
            next = rating == 1 ? Forget(s, d, r) : Recall(s, d, r, rating);
        }

        return (Dual.Clamp(next, MinStability, MaxStability), NextDifficulty(d, rating));
    }

    /// <summary>
    /// The same-day growth factor, floored at 1 for every recall: fsrs-rs 6.5 floors Hard too, where
    /// py-fsrs (and the scheduler) floor only Good and Easy; the optimiser follows the reference it is tested against.
    /// </summary>
    private Dual ShortTermGrowth(Dual s, int rating)
    {
        var growth = Dual.Exp(_w[17] * (_w[18] + (rating - 3))) * Dual.Pow(s, _w[19].Scale(-1));
        return rating >= 2 ? Dual.Max(growth, 1) : growth;
    }

    private Dual Recall(Dual s, Dual d, Dual r, int rating)
    {
        var growth = Dual.Exp(_w[8]) * (11 - d) * Dual.Pow(s, _w[9].Scale(-1)) * (Dual.Exp((1 - r) * _w[10]) + -1);
        if (rating == 2)
        {
            growth *= _w[15];
        }
        else if (rating == 4)
        {
            growth *= _w[16];
        }

        return s * (growth + 1);
    }

    private Dual Forget(Dual s, Dual d, Dual r)
    {
        var longTerm = _w[11] * Dual.Pow(d, _w[12].Scale(-1)) * (Dual.Pow(s + 1, _w[13]) + -1) * Dual.Exp((1 - r) * _w[14]);
        var floor = s / Dual.Exp(_w[17] * _w[18]);
        return Dual.Min(longTerm, floor);
    }

    private Dual NextDifficulty(Dual d, int rating)
    {
        var delta = _w[6].Scale(-(rating - 3));
        var damped = d + (10 - d) * delta.Scale(1.0 / 9);
        return Dual.Clamp(_w[7] * (_easyInitialDifficulty - damped) + damped, FsrsModel.MinDifficulty, FsrsModel.MaxDifficulty);
    }

    /// <summary>D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped.</summary>
    private Dual InitialDifficulty(int rating) => _w[4] - Dual.Exp(_w[5].Scale(rating - 1)) + 1;
}
