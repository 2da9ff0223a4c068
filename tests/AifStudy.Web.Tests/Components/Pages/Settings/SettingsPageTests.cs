using AifStudy.Web.Components.Pages.Settings;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Settings;

public sealed class SettingsPageTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        Services.AddPortalServices(_harness);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Saved_settings_are_what_the_scheduler_reads_next()
    {
        var cut = Render<SettingsPage>();
        cut.WaitForElement("form.settings-form");

        cut.Find("input[type=number]").Change("7");
        cut.Find("textarea").Change("0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Saved", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        var stored = await Services.GetRequiredService<LearnerSettingsService>().GetAsync(Learner.DefaultId);
        Assert.Equal(7, stored.NewCardsPerDay);
        Assert.Equal(21, LearnerSettingsService.ToParameters(stored).Weights.Count);
    }

    [Fact]
    public async Task Weights_that_cannot_be_read_are_refused_with_the_reason_and_nothing_is_stored()
    {
        var cut = Render<SettingsPage>();
        cut.WaitForElement("form.settings-form");

        cut.Find("textarea").Change("0.2, 1.3, oops");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("fail", cut.Find("[role=status]").ClassList));
        // The reason in words, without .NET's "(Parameter 'weights')".
        Assert.DoesNotContain("(Parameter", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
        var stored = await Services.GetRequiredService<LearnerSettingsService>().GetAsync(Learner.DefaultId);
        Assert.Equal("", stored.Weights);
    }

    [Fact]
    public async Task The_session_settings_are_stored_and_read_back()
    {
        var cut = Render<SettingsPage>();
        cut.WaitForElement("form.settings-form");
        Assert.Equal("20", cut.Find("[data-testid=learn-ahead]").GetAttribute("value"));

        cut.Find("[data-testid=learn-ahead]").Change("5");
        cut.Find("[data-testid=leech-threshold]").Change("4");
        cut.Find("[data-testid=bury-siblings]").Change(false);
        cut.Find("[data-testid=new-card-order]").Change("Interleaved");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("Saved", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        var rules = LearnerSettingsService.ToRules(await Services.GetRequiredService<LearnerSettingsService>().GetAsync(Learner.DefaultId));
        Assert.Equal(new AifStudy.Core.Scheduling.QueueRules(TimeSpan.FromMinutes(5), false, 4) { NewOrder = AifStudy.Core.Scheduling.NewCardOrder.Interleaved }, rules);
    }

    [Fact]
    public async Task A_leech_threshold_out_of_range_is_refused_in_words()
    {
        var cut = Render<SettingsPage>();
        cut.WaitForElement("form.settings-form");

        cut.Find("[data-testid=leech-threshold]").Change("150");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("fail", cut.Find("[role=status]").ClassList));
        var message = cut.Find("[role=status]").TextContent;
        Assert.Equal("The leech threshold must be between 0 (off) and 99 lapses.", message.Trim());
        Assert.Equal(8, (await Services.GetRequiredService<LearnerSettingsService>().GetAsync(Learner.DefaultId)).LeechThreshold);
    }
}
