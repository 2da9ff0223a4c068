using System.Globalization;
using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

public sealed class IntervalLabelTests
{
    [Theory]
    [InlineData(0, "0m")]
    [InlineData(20, "1m")]
    [InlineData(60, "1m")]
    [InlineData(330, "6m")]
    [InlineData(600, "10m")]
    [InlineData(3582, "1h")]
    [InlineData(3600, "1h")]
    [InlineData(5 * 3600, "5h")]
    [InlineData(86400, "1d")]
    [InlineData(2 * 86400, "2d")]
    [InlineData(29 * 86400, "29d")]
    [InlineData(40 * 86400, "1.3mo")]
    [InlineData(90 * 86400, "3mo")]
    [InlineData(364 * 86400, "12.1mo")]
    [InlineData(365 * 86400, "1y")]
    [InlineData(400 * 86400, "1.1y")]
    [InlineData(36500L * 86400, "100y")]
    public void Intervals_read_like_anki_button_labels(long seconds, string expected)
    {
        Assert.Equal(expected, IntervalLabel.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Labels_use_a_dot_whatever_the_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new CultureInfo("fr-FR");
        try
        {
            Assert.Equal("1.3mo", IntervalLabel.Format(TimeSpan.FromDays(40)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_new_card_previews_as_1m_6m_10m_8d()
    {
        var preview = Fsrs.Scheduler().Preview(SchedulingState.New(Fsrs.Start));

        Assert.Equal(["1m", "6m", "10m", "8d"], preview.OrderBy(p => p.Key).Select(p => IntervalLabel.Format(p.Value.Interval)));
    }

    [Fact]
    public void A_negative_interval_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IntervalLabel.Format(TimeSpan.FromMinutes(-1)));
    }
}
