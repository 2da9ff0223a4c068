using AifStudy.Web.Components.Pages.Cards;
using AifStudy.Web.Components.Pages.Reported;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Reported;

public sealed class ReportedPageTests : BunitContext, IAsyncLifetime
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
    public void A_card_reported_in_the_deck_browser_leaves_the_list_is_listed_as_reported_and_restore_brings_it_back()
    {
        var cards = RenderCards();
        var row = cards.FindAll("table.cards-table tbody tr")[1];
        var front = row.QuerySelector(".card-front")!.TextContent;
        var count = cards.FindAll("table.cards-table tbody tr[data-card-id]").Count;

        row.QuerySelector("[data-testid=card-report]")!.Click();
        cards.Find("input[type=radio][value=Unclear]").Change(true);
        cards.Find("form.report-form").Submit();

        cards.WaitForAssertion(() => Assert.Equal(count - 1, cards.FindAll("table.cards-table tbody tr[data-card-id]").Count));
        Assert.DoesNotContain(cards.FindAll(".card-front"), f => f.TextContent == front);
        Assert.Contains(front, cards.Find("[data-testid=cards-message]").TextContent, StringComparison.Ordinal);

        var reported = Render<ReportedPage>();
        reported.WaitForElement("[data-testid=reported-list]");
        var item = Assert.Single(reported.FindAll(".reported-item"));
        Assert.Contains(front, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unclear", item.TextContent, StringComparison.Ordinal);
        Assert.Equal($"Restore card: {front}", item.QuerySelector("button")!.GetAttribute("aria-label"));

        item.QuerySelector("button")!.Click();

        reported.WaitForElement("[data-testid=reported-empty]");
        Assert.Contains("Restored", reported.Find("[data-testid=reported-message]").TextContent, StringComparison.Ordinal);
        Assert.Contains(RenderCards().FindAll(".card-front"), f => f.TextContent == front);
    }

    [Fact]
    public async Task An_edit_made_in_the_deck_browser_shows_as_the_learners_wording()
    {
        var cards = RenderCards();
        cards.FindAll("[data-testid=card-edit]")[0].Click();
        cards.WaitForElement("[data-testid=card-editor]");
        cards.Find("[data-testid=edit-front]").Change("Mine");
        cards.Find("[data-testid=card-editor]").Submit();

        cards.WaitForAssertion(() => Assert.Equal("Mine", cards.FindAll(".card-front")[0].TextContent));
        Assert.Contains("Your wording", cards.FindAll("table.cards-table tbody tr")[0].TextContent, StringComparison.Ordinal);
        var edits = Services.GetRequiredService<CardEdits>();
        var id = int.Parse(cards.FindAll("table.cards-table tbody tr")[0].GetAttribute("data-card-id")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Mine", (await edits.GetAsync(Learner.DefaultId, id))!.Front);
    }

    private IRenderedComponent<CardsPage> RenderCards()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("cards?note=foundation-model-basics");
        var cut = Render<CardsPage>();
        cut.WaitForElement("table.cards-table");
        return cut;
    }
}
