using AifStudy.Web.Components.Pages.Settings;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Settings;

public sealed class WeightOptimizerPanelTests : BunitContext, IAsyncLifetime
{
    private ReviewHarness? _harness;

    public async Task InitializeAsync()
    {
        _harness = await ReviewHarness.CreateAsync();
        Services.AddPortalServices(_harness.Import);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Fitting_with_too_little_history_is_refused_with_how_many_answers_there_are_and_how_many_it_needs()
    {
        await PortalReviewSimulation.RunAsync(_harness!, days: 3, newPerDay: 4, seed: 2, PortalReviewSimulation.Forgetful);
        var have = (await _harness!.Services.GetRequiredService<WeightOptimizer>().LoadItemsAsync(Learner.DefaultId)).Count;
        var cut = Render<SettingsPage>();
        cut.WaitForElement("[data-testid=optimize]");

        await cut.Find("[data-testid=optimize]").ClickAsync(new());

        var refused = cut.WaitForElement("[data-testid=optimizer-refused]").TextContent;
        Assert.Contains($"you have {have} answer", refused, StringComparison.Ordinal);
        Assert.Contains($"needs {WeightOptimizer.MinimumAnswers}", refused, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=apply-weights]"));
    }

    [Fact]
    public async Task A_fit_shows_both_scores_and_applying_it_fills_the_weights_box_and_stores_them()
    {
        await PortalReviewSimulation.RunAsync(_harness!, days: 40, newPerDay: 12, seed: 7, PortalReviewSimulation.Forgetful);
        var cut = Render<SettingsPage>();
        cut.WaitForElement("[data-testid=optimize]");

        await cut.Find("[data-testid=optimize]").ClickAsync(new());

        var scores = cut.WaitForElement("[data-testid=optimizer-scores]", TimeSpan.FromSeconds(60));
        var rows = scores.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("FSRS-6 defaults", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("better", rows[1].ClassList);
        var fitted = cut.Find("[data-testid=fitted-weights]").TextContent;
        Assert.Equal(21, fitted.Split(", ").Length);

        await cut.Find("[data-testid=apply-weights]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Equal(fitted, cut.Find("textarea").GetAttribute("value")));
        Assert.Equal(fitted, (await _harness!.Settings.GetAsync(Learner.DefaultId)).Weights);
        Assert.Contains("Applied", cut.Find("[data-testid=weight-optimizer] .badge.ok").TextContent, StringComparison.Ordinal);
    }
}
