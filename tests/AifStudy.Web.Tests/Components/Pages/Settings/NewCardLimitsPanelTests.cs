using AifStudy.Web.Components.Pages.Settings;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Settings;

public sealed class NewCardLimitsPanelTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_limit_is_added_changed_and_removed_and_each_step_is_stored()
    {
        var settings = Services.GetRequiredService<LearnerSettingsService>();
        var cut = Render<SettingsPage>();
        var scopes = cut.WaitForElement("[data-testid=limit-scope]");
        var note = scopes.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).First(v => v.StartsWith("note:", StringComparison.Ordinal));

        cut.Find("[data-testid=limit-scope]").Change(note);
        cut.Find("[data-testid=limit-per-day]").Change("4");
        await cut.Find("form.limit-add").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll($"tr[data-scope='{note}']")));
        Assert.Equal([(note, 4)], await settings.GetLimitsAsync(Learner.DefaultId));
        Assert.Contains("4 new a day", cut.Find("[data-testid=new-card-limits] [role=status]").TextContent, StringComparison.Ordinal);

        cut.Find($"tr[data-scope='{note}'] input").Change("7");
        cut.WaitForAssertion(() => Assert.Contains("7 new a day", cut.Find("[data-testid=new-card-limits] [role=status]").TextContent, StringComparison.Ordinal));
        Assert.Equal([(note, 7)], await settings.GetLimitsAsync(Learner.DefaultId));

        cut.Find($"tr[data-scope='{note}'] button").Click();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll($"tr[data-scope='{note}']")));
        Assert.Empty(await settings.GetLimitsAsync(Learner.DefaultId));
    }

    [Fact]
    public void A_limit_out_of_range_is_refused_with_the_reason_in_words()
    {
        var cut = Render<SettingsPage>();
        var scopes = cut.WaitForElement("[data-testid=limit-scope]");
        var domain = scopes.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).First(v => v.StartsWith("domain:", StringComparison.Ordinal));

        cut.Find("[data-testid=limit-scope]").Change(domain);
        cut.Find("[data-testid=limit-per-day]").Change("12000");
        cut.Find("form.limit-add").Submit();

        var status = cut.WaitForElement("[data-testid=new-card-limits] .badge.fail").TextContent;
        Assert.Contains("between 0 and 9999", status, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", status, StringComparison.Ordinal);
    }
}
