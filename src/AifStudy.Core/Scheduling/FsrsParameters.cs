using System.Collections.ObjectModel;

namespace AifStudy.Core.Scheduling;

/// <summary>The settings of an FSRS-6 scheduler; every property is validated when set.</summary>
public sealed record FsrsParameters
{
    /// <summary>The FSRS-6 default weights, 90% retention, steps 1m/10m and 10m, fuzz on.</summary>
    public static FsrsParameters Default { get; } = new();

    /// <summary>
    /// The 21 model weights w0..w20. A 19-value (FSRS-5) set is completed with w19 = 0, w20 = 0.5.
    /// Setting anything else throws <see cref="ArgumentException"/>.
    /// </summary>
    public IReadOnlyList<double> Weights
    {
        get;
        init => field = Array.AsReadOnly(FsrsWeights.Normalize(value));
    } = Array.AsReadOnly(FsrsWeights.Defaults);

    /// <summary>The recall probability reviews are scheduled for, in [0.7, 0.99].</summary>
    public double DesiredRetention
    {
        get;
        init => field = value is >= 0.7 and <= 0.99
            ? value
            : throw new ArgumentOutOfRangeException(nameof(DesiredRetention), value, "Desired retention must be between 0.7 and 0.99.");
    } = 0.9;

    /// <summary>The longest interval in days (at least 1).</summary>
    public int MaximumIntervalDays
    {
        get;
        init => field = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaximumIntervalDays), value, "The maximum interval must be at least 1 day.");
    } = 36500;

    /// <summary>The learning steps of a new card; empty graduates it on the first review.</summary>
    public IReadOnlyList<TimeSpan> LearningSteps
    {
        get;
        init => field = CheckSteps(value, nameof(LearningSteps));
    } = Array.AsReadOnly([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)]);

    /// <summary>The relearning steps after a lapse; empty keeps a lapsed card in Review.</summary>
    public IReadOnlyList<TimeSpan> RelearningSteps
    {
        get;
        init => field = CheckSteps(value, nameof(RelearningSteps));
    } = Array.AsReadOnly([TimeSpan.FromMinutes(10)]);

    /// <summary>Whether Review intervals of 3 days or more are spread by a little deterministic fuzz.</summary>
    public bool EnableFuzz { get; init; } = true;

    /// <summary>The defaults with the given weights, pasted as Anki shows them ("0.212, 1.2931, ...", 19 or 21 values).</summary>
    /// <exception cref="ArgumentException">A value is not a number, the count is wrong, or a weight is out of range.</exception>
    public static FsrsParameters FromText(string weights) => new() { Weights = FsrsWeights.Parse(weights) };

    /// <summary>The defaults with the given 19 or 21 weights.</summary>
    /// <exception cref="ArgumentException">The count is wrong or a weight is out of range.</exception>
    public static FsrsParameters FromWeights(IReadOnlyList<double> weights) => new() { Weights = weights };

    private static ReadOnlyCollection<TimeSpan> CheckSteps(IReadOnlyList<TimeSpan> steps, string name)
    {
        ArgumentNullException.ThrowIfNull(steps, name);
        return steps.All(s => s > TimeSpan.Zero)
            ? Array.AsReadOnly(steps.ToArray())
            : throw new ArgumentException("Every step must be longer than zero.", name);
    }
}
