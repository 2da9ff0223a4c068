using AifStudy.Web.Components.Pages.Cards;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Cards;

public sealed class CardsPageTests : BunitContext, IAsyncLifetime
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
    public void A_note_deck_lists_its_cards_with_kind_and_state_and_links_to_export_and_review()
    {
        var cut = RenderCards("cards?note=foundation-model-basics");

        var rows = cut.FindAll("table.cards-table tbody tr");
        Assert.Equal(67, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("FM 的示例：包括哪 4 项？", StringComparison.Ordinal) && r.TextContent.Contains("List", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("New", r.QuerySelectorAll(".badge")[1].TextContent, StringComparison.Ordinal));
        Assert.Equal("export/anki?note=foundation-model-basics", cut.Find("a[download]").GetAttribute("href"));
        Assert.Equal("review?note=foundation-model-basics", cut.Find("a.button[href^=review]").GetAttribute("href"));
    }

    [Fact]
    public void Suspending_a_card_marks_it_suspended_and_unsuspending_brings_it_back()
    {
        var cut = RenderCards("cards?note=foundation-model-basics&q=Amazon%20Titan");
        cut.WaitForElement("table.cards-table tbody tr");
        var first = cut.Find("table.cards-table tbody tr");
        var front = first.QuerySelector(".card-front")!.TextContent;

        cut.Find("table.cards-table tbody tr button").Click();

        cut.WaitForAssertion(() => Assert.Contains("suspended", cut.Find("table.cards-table tbody tr").ClassList));
        Assert.Equal(front, cut.Find("table.cards-table tbody tr .card-front").TextContent);
        cut.Find("table.cards-table tbody tr button").Click();
        cut.WaitForAssertion(() => Assert.DoesNotContain("suspended", cut.Find("table.cards-table tbody tr").ClassList));
    }

    [Fact]
    public void A_search_with_no_match_says_so()
    {
        var cut = RenderCards("cards?q=zzzz-no-such-text");

        cut.WaitForAssertion(() => Assert.Contains("No cards match.", cut.Markup, StringComparison.Ordinal));
    }

    private IRenderedComponent<CardsPage> RenderCards(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = Render<CardsPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Loading…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }
}
