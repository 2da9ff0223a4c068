namespace AifStudy.Web.Services.Dashboard;

/// <summary>
/// Consecutive days with at least one review, ending today, or yesterday while today has none yet (the streak is not
/// broken until the day is over).
/// </summary>
public sealed record StudyStreak(int Days, bool IncludesToday)
{
    public static StudyStreak From(IReadOnlyDictionary<DateOnly, int> reviewsPerDay, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(reviewsPerDay);
        bool Studied(DateOnly day) => reviewsPerDay.GetValueOrDefault(day) > 0;
        var includesToday = Studied(today);
        var day = includesToday ? today : today.AddDays(-1);
        var days = 0;
        while (Studied(day))
        {
            days++;
            day = day.AddDays(-1);
        }

        return new StudyStreak(days, includesToday && days > 0);
    }
}
