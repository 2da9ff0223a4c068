using System.Globalization;

namespace AifStudy.Core.Scheduling;

/// <summary>Anki-style short labels for the answer buttons: "1m", "10m", "3h", "4d", "1.3mo", "1.1y".</summary>
public static class IntervalLabel
{
    /// <summary>
    /// Formats an interval: under an hour in minutes (at least 1), under a day in hours, under 30 days
    /// in days, under 365 days in 30-day months, else in 365-day years, with at most one decimal.
    /// A value that rounds up to the next unit's size (59.7 minutes) is shown in that unit ("1h").
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The interval is negative.</exception>
    public static string Format(TimeSpan interval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        if (interval == TimeSpan.Zero)
        {
            return "0m";
        }

        var minutes = Math.Max(1, Whole(interval.TotalMinutes));
        if (minutes < 60)
        {
            return Text($"{minutes}m");
        }

        var hours = Whole(interval.TotalHours);
        if (hours < 24)
        {
            return Text($"{hours}h");
        }

        var days = interval.TotalDays;
        if (Whole(days) < 30)
        {
            return Text($"{Whole(days)}d");
        }

        return days < 365 ? Text($"{days / 30:0.#}mo") : Text($"{days / 365:0.#}y");
    }

    private static long Whole(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
