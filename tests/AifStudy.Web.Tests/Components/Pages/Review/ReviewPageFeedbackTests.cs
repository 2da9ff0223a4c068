using AifStudy.Web.Components.Interop;
using AifStudy.Web.Components.Pages.Review;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace AifStudy.Web.Tests.Components.Pages.Review;

public sealed class ReviewPageFeedbackTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;
    private BunitJSModuleInterop _module = null!;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule(AifStudy.Web.Components.Flashcards.ReviewCard.ModulePath);
        _module.Setup<int>("attach", _ => true).SetResult(1);
        _module.SetupVoid("detach", _ => true).SetVoidResult();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Reporting_a_card_with_the_mouse_hides_it_at_once_and_it_does_not_come_back()
    {
        var cut = RenderReview();
        var reported = cut.Find(".review-front").TextContent;

        cut.Find("[data-testid=review-report]").Click();
        cut.Find("input[type=radio][value=GivesAnswerAway]").Change(true);
        cut.Find("[data-testid=report-comment]").Change("the front names the term");
        cut.Find("form.report-form").Submit();

        cut.WaitForAssertion(() => Assert.NotEqual(reported, cut.Find(".review-front").TextContent));
        Assert.Contains("Reported and hidden", cut.Find("[data-testid=review-reported]").TextContent, StringComparison.Ordinal);
        var item = Assert.Single(await Services.GetRequiredService<ItemReports>().ListAsync(Learner.DefaultId));
        Assert.Equal((ReportReason.GivesAnswerAway, "the front names the term"), (item.Reason, item.Comment));
        await AssertNeverComesBackAsync(item.Label);
    }

    [Fact]
    public async Task Reporting_a_card_with_the_keyboard_hides_it_and_it_does_not_come_back()
    {
        var cut = RenderReview();
        var reported = cut.Find(".review-front").TextContent;

        await PressAsync(cut, "r");
        cut.WaitForElement("form.report-form");
        Assert.Equal("true", cut.Find("[data-testid=review-report]").GetAttribute("aria-expanded"));
        cut.Find("input[type=radio][value=Duplicate]").Change(true);
        cut.Find("form.report-form").Submit();

        cut.WaitForAssertion(() => Assert.NotEqual(reported, cut.Find(".review-front").TextContent));
        Assert.Empty(cut.FindAll("form.report-form"));
        var item = Assert.Single(await Services.GetRequiredService<ItemReports>().ListAsync(Learner.DefaultId));
        await AssertNeverComesBackAsync(item.Label);
    }

    [Fact]
    public async Task Escape_closes_the_report_form_without_reporting()
    {
        var cut = RenderReview();
        await PressAsync(cut, "R");
        cut.WaitForElement("form.report-form");

        cut.Find("form.report-form").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        Assert.Empty(cut.FindAll("form.report-form"));
        Assert.Empty(await Services.GetRequiredService<ItemReports>().ListAsync(Learner.DefaultId));
    }

    [Fact]
    public async Task Editing_a_card_shows_the_learners_wording_on_the_card_and_revert_brings_the_generated_one_back()
    {
        var cut = RenderReview();
        var generated = cut.Find(".review-front").TextContent;

        await PressAsync(cut, "e");
        cut.WaitForElement("[data-testid=card-editor]");
        cut.Find("[data-testid=edit-front]").Change("My own question");
        cut.Find("[data-testid=edit-back]").Change("My own answer");
        cut.Find("[data-testid=card-editor]").Submit();

        cut.WaitForAssertion(() => Assert.Equal("My own question", cut.Find(".review-front").TextContent));
        Assert.Contains("Your wording", cut.Find(".review-edited").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=review-edit]").Click();
        cut.WaitForElement("[data-testid=edit-revert]").Click();

        cut.WaitForAssertion(() => Assert.Equal(generated, cut.Find(".review-front").TextContent));
        Assert.Empty(cut.FindAll(".review-edited"));
    }

    private IRenderedComponent<ReviewPage> RenderReview()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("review?scope=all");
        var cut = Render<ReviewPage>();
        cut.WaitForElement(".review-front");
        return cut;
    }

    private async Task PressAsync(IRenderedComponent<ReviewPage> cut, string key)
    {
        var keyboard = (DotNetObjectReference<DocumentKeyListener>)_module.Invocations["attach"][^1].Arguments[0]!;
        await cut.InvokeAsync(() => keyboard.Value.OnKeyAsync(key, false, false, false));
    }

    // A new review session, and the whole queue answered through: the reported card is never shown again.
    private async Task AssertNeverComesBackAsync(string reportedFront)
    {
        var queue = Services.GetRequiredService<ReviewQueue>();
        var recorder = Services.GetRequiredService<ReviewRecorder>();
        var fresh = RenderReview();
        Assert.NotEqual(reportedFront, fresh.Find(".review-front").TextContent);
        for (var i = 0; i < 200 && await queue.NextAsync(Learner.DefaultId, StudyScope.All) is { } card; i++)
        {
            Assert.NotEqual(reportedFront, card.Front);
            await recorder.RateAsync(Learner.DefaultId, card.CardId, Core.Scheduling.Rating.Easy);
        }
    }
}
