using AifStudy.Core.Scheduling;
using AifStudy.Core.Scheduling.Optimizer;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class WeightOptimizerTests(ITestOutputHelper output)
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Fewer_answers_than_the_minimum_are_refused_with_the_count_and_nothing_changes()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await PortalReviewSimulation.RunAsync(harness, days: 4, newPerDay: 5, seed: 1, PortalReviewSimulation.Forgetful);
        var optimizer = harness.Services.GetRequiredService<WeightOptimizer>();

        var result = await optimizer.OptimizeAsync(Me);

        Assert.Equal(OptimizationStatus.TooFewAnswers, result.Status);
        Assert.InRange(result.Answers, 1, WeightOptimizer.MinimumAnswers - 1);
        Assert.Equal(result.Answers, (await optimizer.LoadItemsAsync(Me)).Count);
        Assert.Null(result.Fitted);
        Assert.Equal("", (await harness.Settings.GetAsync(Me)).Weights);
    }

    [OracleFact]
    public async Task A_history_made_through_the_portal_is_fitted_within_one_percent_of_fsrs_rs_and_the_fit_can_be_applied()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var answers = await PortalReviewSimulation.RunAsync(harness, days: 40, newPerDay: 12, seed: 7, PortalReviewSimulation.Forgetful);
        var optimizer = harness.Services.GetRequiredService<WeightOptimizer>();

        var result = await optimizer.OptimizeAsync(Me);
        var items = await optimizer.LoadItemsAsync(Me);
        var reference = FsrsOracle.Run(items, result.Fitted!, FsrsParameters.Default.Weights);

        output.WriteLine($"{answers} answers, {items.Count} items; fsrs-rs log loss {reference.Evaluations[0].LogLoss:F5}, ours {reference.Evaluations[1].LogLoss:F5}, defaults {reference.Evaluations[2].LogLoss:F5}");
        Assert.Equal(OptimizationStatus.Better, result.Status);
        Assert.True(
            reference.Evaluations[1].LogLoss <= reference.Evaluations[0].LogLoss * 1.01,
            $"our log loss {reference.Evaluations[1].LogLoss} is over 1 % above fsrs-rs's {reference.Evaluations[0].LogLoss}");
        Assert.Equal(reference.Evaluations[1].LogLoss, result.FittedScore!.LogLoss, 4);
        Assert.Equal(reference.Evaluations[2].LogLoss, result.Current!.LogLoss, 4);

        await optimizer.ApplyAsync(Me, result.Fitted!);

        var stored = await harness.Settings.GetAsync(Me);
        Assert.Equal(result.FittedText, stored.Weights);
        Assert.Equal(result.Fitted, LearnerSettingsService.ToParameters(stored).Weights);
    }
}
