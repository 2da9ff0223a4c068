using AifStudy.Web.Services.Dashboard;

namespace AifStudy.Web.Tests.Services.Dashboard;

public sealed class StudyStreakTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static Dictionary<DateOnly, int> Days(params int[] daysAgo) => daysAgo.ToDictionary(d => Today.AddDays(-d), _ => 5);

    [Fact]
    public void Consecutive_days_up_to_today_count()
    {
        Assert.Equal(new StudyStreak(3, true), StudyStreak.From(Days(0, 1, 2, 4), Today));
    }

    [Fact]
    public void A_streak_up_to_yesterday_is_still_alive_today()
    {
        Assert.Equal(new StudyStreak(2, false), StudyStreak.From(Days(1, 2), Today));
    }

    [Fact]
    public void A_gap_before_yesterday_ends_it()
    {
        Assert.Equal(new StudyStreak(0, false), StudyStreak.From(Days(2, 3), Today));
    }
}
