using System.Globalization;
using AifStudy.Web.Components.Charts;
using Bunit;

namespace AifStudy.Web.Tests.Components.Charts;

public sealed class BarChartTests : BunitContext
{
    private IRenderedComponent<BarChart> RenderChart(int[] values, string[]? labels = null) =>
        Render<BarChart>(p => p
            .Add(c => c.Values, values)
            .Add(c => c.Labels, labels ?? values.Select((_, i) => $"d{i + 1}").ToArray())
            .Add(c => c.AriaLabel, "Cards due in the next 30 days"));

    private static double Height(AngleSharp.Dom.IElement bar) => double.Parse(bar.GetAttribute("height")!, CultureInfo.InvariantCulture);

    [Fact]
    public void Bar_heights_are_proportional_to_the_values_and_the_axis_shows_the_maximum()
    {
        var cut = RenderChart([10, 5, 0, 20]);

        var heights = cut.FindAll("rect.bar").Select(Height).ToList();
        Assert.Equal([60, 30, 0, 120], heights);
        Assert.Equal("20", cut.Find(".axis-max").TextContent);
        Assert.Equal("d4: 20 cards", cut.FindAll("rect.bar")[3].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void Thirty_days_get_thirty_bars_and_every_third_label()
    {
        var values = Enumerable.Range(0, 30).Select(i => i % 7).ToArray();

        var cut = RenderChart(values);

        Assert.Equal(30, cut.FindAll("rect.bar").Count);
        Assert.Equal(["d1", "d4", "d7", "d10", "d13", "d16", "d19", "d22", "d25", "d28"], cut.FindAll(".bar-x-label").Select(t => t.TextContent));
    }

    [Fact]
    public void The_chart_stretches_to_its_box_and_places_each_label_under_its_bar()
    {
        var cut = RenderChart([1, 2, 3, 4]);

        var svg = cut.Find("svg");
        Assert.Equal(("100%", "none"), (svg.GetAttribute("width"), svg.GetAttribute("preserveAspectRatio")));
        // Bar 1 of 4 spans 4..16 of a 68-unit plot: its middle is at 10/68 of the width.
        Assert.Equal("left: 14.71%", cut.FindAll(".bar-x-label")[0].GetAttribute("style"));
    }

    [Fact]
    public void The_svg_is_a_labelled_image_with_a_table_of_the_values_for_screen_readers()
    {
        var cut = RenderChart([3, 1], ["11-21", "11-22"]);

        Assert.Equal("img", cut.Find("svg").GetAttribute("role"));
        Assert.Equal("Cards due in the next 30 days", cut.Find("svg").GetAttribute("aria-label"));
        Assert.Equal(["11-21 3 cards", "11-22 1 cards"], cut.FindAll("table.sr-only tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent))));
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 0, 0, 0 })]
    public void No_data_shows_a_friendly_empty_state(int[] values)
    {
        var cut = RenderChart(values);

        Assert.Empty(cut.FindAll("svg"));
        Assert.Equal("No data yet.", cut.Find("p.chart-empty").TextContent);
    }
}
