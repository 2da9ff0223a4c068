using System.Globalization;

namespace AifStudy.Web.Components.Charts;

/// <summary>One day of the review calendar: its week column, weekday row and colour level (0 = none, 4 = most).</summary>
public sealed record HeatmapDay(DateOnly Date, int Count, int Level, int Column, int Row);

/// <summary>A month label placed over the week column that holds the month's first day.</summary>
public sealed record HeatmapMonth(string Label, int Column);

/// <summary>
/// Lays out the last year of review counts as a GitHub-style calendar: weeks are columns, weekdays are rows. The year
/// runs from the day after this date a year ago through <c>today</c>, so it has 365 days, or 366 across a 29 February.
/// </summary>
public sealed class HeatmapLayout
{
    public required IReadOnlyList<HeatmapDay> Days { get; init; }
    public required IReadOnlyList<HeatmapMonth> Months { get; init; }
    public required int Columns { get; init; }
    public required DayOfWeek FirstDayOfWeek { get; init; }
    public int Total => Days.Sum(d => d.Count);
    public int ActiveDays => Days.Count(d => d.Count > 0);
    public HeatmapDay? Busiest => Days.Where(d => d.Count > 0).MaxBy(d => d.Count);

    public static HeatmapLayout Build(IReadOnlyDictionary<DateOnly, int> counts, DateOnly today, DayOfWeek firstDayOfWeek)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var start = today.AddYears(-1).AddDays(1);
        var firstColumnStart = start.AddDays(-RowOf(start, firstDayOfWeek)).DayNumber;
        var dayCount = today.DayNumber - start.DayNumber + 1;
        var values = Enumerable.Range(0, dayCount)
            .Select(i => start.AddDays(i))
            .Select(date => (Date: date, Count: Math.Max(0, counts.GetValueOrDefault(date))))
            .ToList();
        var max = values.Max(v => v.Count);
        var days = values
            .Select(v => new HeatmapDay(v.Date, v.Count, Level(v.Count, max), (v.Date.DayNumber - firstColumnStart) / 7, RowOf(v.Date, firstDayOfWeek)))
            .ToList();
        var months = days
            .Where(d => d.Date.Day == 1)
            .Select(d => new HeatmapMonth(d.Date.ToString("MMM", CultureInfo.InvariantCulture), d.Column))
            .ToList();
        return new HeatmapLayout { Days = days, Months = months, Columns = days[^1].Column + 1, FirstDayOfWeek = firstDayOfWeek };
    }

    /// <summary>0 for no reviews, else 1..4 in quarters of the busiest day: with a busiest day of 40, 10 is 1 and 11 is 2.</summary>
    public static int Level(int count, int max) =>
        count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(4.0 * count / max), 1, 4);

    public static int RowOf(DateOnly date, DayOfWeek firstDayOfWeek) => RowOf(date.DayOfWeek, firstDayOfWeek);

    public static int RowOf(DayOfWeek day, DayOfWeek firstDayOfWeek) => ((int)day - (int)firstDayOfWeek + 7) % 7;
}
