using System.Globalization;
using AifStudy.Web.Components.Charts;
using Bunit;

namespace AifStudy.Web.Tests.Components.Charts;

public sealed class ReviewHeatmapTests : BunitContext
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private IRenderedComponent<ReviewHeatmap> RenderHeatmap(Dictionary<DateOnly, int> counts, DateOnly? today = null) =>
        Render<ReviewHeatmap>(p => p.Add(c => c.Counts, counts).Add(c => c.Today, today ?? Today));

    [Fact]
    public void The_calendar_has_a_cell_for_each_of_the_last_365_days_ending_today()
    {
        var cut = RenderHeatmap(new() { [Today] = 1 });

        var cells = cut.FindAll("rect.heat-cell");
        Assert.Equal(365, cells.Count);
        Assert.Equal("2025-11-21", cells[0].GetAttribute("data-date"));
        Assert.Equal("2026-11-20", cells[^1].GetAttribute("data-date"));
    }

    [Fact]
    public void A_year_that_spans_29_February_has_366_cells()
    {
        var cut = RenderHeatmap(new() { [new DateOnly(2028, 2, 29)] = 3 }, today: new DateOnly(2028, 3, 1));

        Assert.Equal(366, cut.FindAll("rect.heat-cell").Count);
    }

    [Fact]
    public void Colour_levels_are_quarters_of_the_busiest_day_and_each_day_has_a_tooltip()
    {
        var counts = new Dictionary<DateOnly, int>
        {
            [Today] = 40, [Today.AddDays(-1)] = 10, [Today.AddDays(-2)] = 11, [Today.AddDays(-3)] = 30, [Today.AddDays(-4)] = 31,
            [Today.AddDays(-400)] = 500, // older than a year: not drawn, does not set the scale
        };

        var cut = RenderHeatmap(counts);

        string Level(int daysAgo) => Cell(cut, Today.AddDays(-daysAgo)).ClassList.Single(c => c.StartsWith('l'));
        Assert.Equal(["l4", "l1", "l2", "l3", "l4", "l0"], new[] { 0, 1, 2, 3, 4, 5 }.Select(Level));
        Assert.Equal("2026-11-20: 40 reviews", Cell(cut, Today).QuerySelector("title")!.TextContent);
        Assert.Equal("2026-11-15: 0 reviews", Cell(cut, Today.AddDays(-5)).QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void Weeks_are_columns_and_weekdays_rows_starting_on_monday()
    {
        var cut = RenderHeatmap(new() { [Today] = 1 });

        // 2026-11-16 is a Monday, 2026-11-20 the Friday of the same week.
        var monday = Cell(cut, new DateOnly(2026, 11, 16));
        var friday = Cell(cut, Today);
        Assert.Equal(monday.GetAttribute("x"), friday.GetAttribute("x"));
        Assert.Equal(4 * 14, double.Parse(friday.GetAttribute("y")!, CultureInfo.InvariantCulture) - double.Parse(monday.GetAttribute("y")!, CultureInfo.InvariantCulture));
        Assert.Equal(Cell(cut, new DateOnly(2026, 11, 9)).GetAttribute("y"), monday.GetAttribute("y"));
    }

    [Fact]
    public void Months_are_labelled_and_the_chart_is_described_for_screen_readers()
    {
        var cut = RenderHeatmap(new() { [Today] = 12, [Today.AddDays(-3)] = 1 });

        Assert.Equal(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"], cut.FindAll("g.months text").Select(t => t.TextContent));
        Assert.Equal("13 reviews on 2 days in the last year", cut.Find("svg").GetAttribute("aria-label"));
        Assert.Equal("img", cut.Find("svg").GetAttribute("role"));
        Assert.Contains("busiest 2026-11-20: 12 reviews", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reviews_shows_a_friendly_empty_state_instead_of_a_blank_calendar()
    {
        var cut = RenderHeatmap([]);

        Assert.Empty(cut.FindAll("svg"));
        cut.MarkupMatches("<p class=\"chart-empty\">No reviews yet. Each day you review fills in a square here.</p>");
    }

    private static AngleSharp.Dom.IElement Cell(IRenderedComponent<ReviewHeatmap> cut, DateOnly date) =>
        cut.Find($"rect[data-date='{date:yyyy-MM-dd}']");
}
