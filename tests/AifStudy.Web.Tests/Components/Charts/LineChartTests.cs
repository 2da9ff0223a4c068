using AifStudy.Web.Components.Charts;
using Bunit;

namespace AifStudy.Web.Tests.Components.Charts;

public sealed class LineChartTests : BunitContext
{
    private IRenderedComponent<LineChart> RenderChart(params ChartPoint[] points) =>
        Render<LineChart>(p => p.Add(c => c.Points, points).Add(c => c.AriaLabel, "Quiz scores"));

    [Fact]
    public void Points_are_placed_on_a_0_to_100_scale_with_tooltips()
    {
        var cut = RenderChart(new("Q1", 0), new("Q2", 50), new("Q3", 100), new("Q4", 130));

        // Plot is 120 px tall from y = 8: 0 → 128, 50 → 68, 100 → 8; values past 100 sit on the top edge.
        Assert.Equal(["128", "68", "8", "8"], cut.FindAll("circle.point").Select(c => c.GetAttribute("cy")));
        Assert.Equal("46,128 86,68 126,8 166,8", cut.Find("polyline.line").GetAttribute("points"));
        Assert.Equal("Q2: 50%", cut.FindAll("circle.point")[1].QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void The_svg_is_a_labelled_image_with_a_table_of_the_values()
    {
        var cut = RenderChart(new ChartPoint("11-20", 72.5));

        Assert.Equal("Quiz scores", cut.Find("svg").GetAttribute("aria-label"));
        Assert.Equal("72.5%", cut.Find("table.sr-only td").TextContent);
    }

    [Fact]
    public void No_points_shows_a_friendly_empty_state()
    {
        var cut = RenderChart();

        Assert.Empty(cut.FindAll("svg"));
        Assert.Equal("No data yet.", cut.Find("p.chart-empty").TextContent);
    }
}
