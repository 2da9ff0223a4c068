using System.Globalization;
using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

public sealed class FsrsParametersTests
{
    [Fact]
    public void Defaults_are_the_fsrs_6_defaults()
    {
        var p = FsrsParameters.Default;

        Assert.Equal(21, p.Weights.Count);
        Assert.Equal(0.212, p.Weights[0]);
        Assert.Equal(0.1542, p.Weights[20]);
        Assert.Equal(0.9, p.DesiredRetention);
        Assert.Equal(36500, p.MaximumIntervalDays);
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)], p.LearningSteps);
        Assert.Equal([TimeSpan.FromMinutes(10)], p.RelearningSteps);
        Assert.True(p.EnableFuzz);
    }

    [Fact]
    public void Nineteen_weights_get_w19_zero_and_w20_one_half()
    {
        var p = FsrsParameters.FromWeights(FsrsParameters.Default.Weights.Take(19).ToArray());

        Assert.Equal(21, p.Weights.Count);
        Assert.Equal(0.0, p.Weights[19]);
        Assert.Equal(0.5, p.Weights[20]);
        Assert.Equal(FsrsParameters.Default.Weights.Take(19), p.Weights.Take(19));
    }

    [Theory]
    [InlineData("0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542")]
    [InlineData("[0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542]")]
    [InlineData(" 0.212 1.2931 2.3065 8.2956 6.4133 0.8334 3.0194 0.001 1.8722 0.1666 0.796\n1.4835 0.0614 0.2629 1.6483 0.6014 1.8729 0.5425 0.0912 0.0658 0.1542 ")]
    public void Weights_pasted_from_anki_parse_to_the_same_set(string text)
    {
        Assert.Equal(FsrsParameters.Default.Weights, FsrsParameters.FromText(text).Weights);
    }

    [Fact]
    public void Parsing_ignores_the_current_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal(0.212, FsrsParameters.FromText("0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912").Weights[0]);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("0.212, 1.2931, 2.3065", "got 3")]
    [InlineData("", "got 0")]
    [InlineData("0.212, 1.29x1, 2.3065", "\"1.29x1\"")]
    [InlineData("0,212; 1,2931", "got 4")]
    public void Bad_text_is_refused_with_a_message_naming_the_problem(string text, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => FsrsParameters.FromText(text));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_out_of_range_is_refused_by_index()
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[4] = 12;

        var error = Assert.Throws<ArgumentException>(() => FsrsParameters.FromWeights(weights));

        Assert.Contains("w4 = 12", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.69)]
    [InlineData(0.995)]
    [InlineData(double.NaN)]
    public void Desired_retention_outside_0_7_to_0_99_is_refused(double retention)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsParameters.Default with { DesiredRetention = retention });
    }

    [Fact]
    public void Steps_must_be_positive_and_the_maximum_at_least_a_day()
    {
        Assert.Throws<ArgumentException>(() => FsrsParameters.Default with { LearningSteps = [TimeSpan.Zero] });
        Assert.Throws<ArgumentOutOfRangeException>(() => FsrsParameters.Default with { MaximumIntervalDays = 0 });
    }
}
