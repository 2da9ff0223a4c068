namespace AifStudy.Core.Scheduling;

/// <summary>
/// py-fsrs's fuzz: a Review interval of I &gt;= 2.5 days moves to a day in [lo, hi] around I.
/// The random fraction comes from a hash of the card's state before the review, not from a
/// stream of random numbers, so that <see cref="ReviewScheduler.Preview"/> shows exactly what
/// <see cref="ReviewScheduler.Review"/> will do and repeated previews agree.
/// </summary>
internal static class IntervalFuzz
{
    /// <summary>The range py-fsrs <c>_get_fuzz_range</c> allows, rounding half-to-even like Python.</summary>
    public static (int Low, int High) Range(int days, int maximumDays)
    {
        var delta = 1.0
            + 0.15 * Math.Max(Math.Min(days, 7.0) - 2.5, 0)
            + 0.10 * Math.Max(Math.Min(days, 20.0) - 7, 0)
            + 0.05 * Math.Max(days - 20.0, 0);
        var high = Math.Min((int)Math.Round(days + delta), maximumDays);
        var low = Math.Min(Math.Max(2, (int)Math.Round(days - delta)), high);
        return (low, high);
    }

    /// <summary>
    /// The fuzzed interval for a fraction in [0, 1). Uniform over [lo, hi] (floor, as ts-fsrs does):
    /// py-fsrs's round(fraction * (hi - lo + 1) + lo) can land on hi + 1.
    /// </summary>
    public static int Apply(int days, int maximumDays, double fraction)
    {
        if (days < 2.5)
        {
            return days;
        }

        var (low, high) = Range(days, maximumDays);
        return Math.Min(low + (int)Math.Floor(fraction * (high - low + 1)), high);
    }

    /// <summary>A fraction in [0, 1) fixed by the card's state before the review and a salt.</summary>
    public static double Fraction(SchedulingState card, ulong salt)
    {
        var h = Mix(salt, (ulong)card.State);
        h = Mix(h, (ulong)(card.Step ?? -1));
        h = Mix(h, (ulong)BitConverter.DoubleToInt64Bits(card.Stability ?? -1));
        h = Mix(h, (ulong)BitConverter.DoubleToInt64Bits(card.Difficulty ?? -1));
        h = Mix(h, (ulong)card.Due.UtcTicks);
        h = Mix(h, (ulong)(card.LastReview?.UtcTicks ?? -1));
        return (h >> 11) * (1.0 / (1UL << 53));
    }

    // SplitMix64's finaliser: every input bit moves about half the output bits.
    private static ulong Mix(ulong hash, ulong value)
    {
        var z = hash ^ value;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
