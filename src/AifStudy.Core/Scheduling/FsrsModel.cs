namespace AifStudy.Core.Scheduling;

/// <summary>The FSRS-6 formulas (py-fsrs <c>Scheduler</c>'s private methods), free of steps and dates.</summary>
internal sealed class FsrsModel
{
    public const double MinStability = 0.001;
    public const double MaxStability = 36500;
    public const double MinDifficulty = 1;
    public const double MaxDifficulty = 10;

    private readonly IReadOnlyList<double> _w;
    private readonly double _decay;
    private readonly double _factor;

    public FsrsModel(IReadOnlyList<double> weights)
    {
        _w = weights;
        _decay = -weights[20];
        _factor = Math.Pow(0.9, 1 / _decay) - 1;
    }

    /// <summary>R(t, S) = (1 + FACTOR * t / S)^DECAY; 1 at t = 0.</summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + _factor * elapsedDays / stability, _decay);

    /// <summary>I(r, S) rounded half-to-even like Python's round, clamped to [1, maximum].</summary>
    public int Interval(double stability, double desiredRetention, int maximumDays)
    {
        var days = stability / _factor * (Math.Pow(desiredRetention, 1 / _decay) - 1);
        return (int)Math.Clamp(Math.Round(days), 1, maximumDays);
    }

    /// <summary>
    /// One review's effect on memory: the initial state for a first review, the same-day update when
    /// less than a whole day has passed, else the long-term update at R(t) (R = 0 if t is unknown, as py-fsrs).
    /// </summary>
    public MemoryState Next(MemoryState? prior, Rating rating, long? elapsedDays)
    {
        if (prior is null)
        {
            return new MemoryState(InitialStability(rating), InitialDifficulty(rating));
        }

        var stability = elapsedDays < 1
            ? ShortTermStability(prior.Stability, rating)
            : NextStability(
                prior.Difficulty,
                prior.Stability,
                elapsedDays is { } t ? Retrievability(t, prior.Stability) : 0,
                rating);
        return new MemoryState(stability, NextDifficulty(prior.Difficulty, rating));
    }

    public double InitialStability(Rating rating) => ClampStability(_w[(int)rating - 1]);

    public double InitialDifficulty(Rating rating) => ClampDifficulty(RawInitialDifficulty(rating));

    /// <summary>Linear damping toward 10, then mean reversion toward the unclamped D0(Easy).</summary>
    public double NextDifficulty(double difficulty, Rating rating)
    {
        var delta = -_w[6] * ((int)rating - 3);
        var damped = difficulty + (10 - difficulty) * delta / 9;
        return ClampDifficulty(_w[7] * RawInitialDifficulty(Rating.Easy) + (1 - _w[7]) * damped);
    }

    /// <summary>The same-day update used for reviews less than a day apart.</summary>
    public double ShortTermStability(double stability, Rating rating)
    {
        var growth = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= Rating.Good)
        {
            growth = Math.Max(growth, 1);
        }

        return ClampStability(stability * growth);
    }

    /// <summary>The long-term update: recall (Hard/Good/Easy) or forgetting (Again).</summary>
    public double NextStability(double difficulty, double stability, double retrievability, Rating rating) =>
        ClampStability(rating == Rating.Again
            ? ForgetStability(difficulty, stability, retrievability)
            : RecallStability(difficulty, stability, retrievability, rating));

    private double RecallStability(double d, double s, double r, Rating rating)
    {
        var hardPenalty = rating == Rating.Hard ? _w[15] : 1;
        var easyBonus = rating == Rating.Easy ? _w[16] : 1;
        return s * (1 + Math.Exp(_w[8]) * (11 - d) * Math.Pow(s, -_w[9])
            * (Math.Exp((1 - r) * _w[10]) - 1) * hardPenalty * easyBonus);
    }

    private double ForgetStability(double d, double s, double r)
    {
        var longTerm = _w[11] * Math.Pow(d, -_w[12]) * (Math.Pow(s + 1, _w[13]) - 1) * Math.Exp((1 - r) * _w[14]);
        var shortTerm = s / Math.Exp(_w[17] * _w[18]);
        return Math.Min(longTerm, shortTerm);
    }

    private double RawInitialDifficulty(Rating rating) => _w[4] - Math.Exp(_w[5] * ((int)rating - 1)) + 1;

    private static double ClampDifficulty(double d) => Math.Clamp(d, MinDifficulty, MaxDifficulty);

    // py-fsrs only floors S; the cap is fsrs-rs's S_MAX and keeps S finite over centuries of Easy.
    private static double ClampStability(double s) => Math.Clamp(s, MinStability, MaxStability);
}
