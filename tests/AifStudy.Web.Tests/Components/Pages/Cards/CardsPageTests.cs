using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Web.Components.Pages.Cards;
using AifStudy.Web.Services.Flashcards;
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
        var generated = GeneratedCards("foundation-model-basics");

        var cut = RenderCards("cards?note=foundation-model-basics");

        var rows = cut.FindAll("table.cards-table tbody tr");
        Assert.NotEmpty(generated);
        Assert.Equal(
            generated.Select(c => (c.Front, CardKindLabels.Of(c.Kind))),
            rows.Select(r => (r.QuerySelector(".card-front")!.TextContent, r.QuerySelectorAll(".badge")[0].TextContent)));
        Assert.All(rows, r => Assert.Contains("New", r.QuerySelectorAll(".badge")[1].TextContent, StringComparison.Ordinal));
        Assert.Equal("export/anki?note=foundation-model-basics", cut.Find("a[download]").GetAttribute("href"));
        Assert.Equal("review?note=foundation-model-basics", cut.Find("a.button[href^=review]").GetAttribute("href"));
    }

    [Fact]
    public void Review_these_takes_the_search_and_filters_along_as_a_selected_session()
    {
        var cut = RenderCards("cards?note=foundation-model-basics&q=%E6%8C%87%E4%BB%A4%20&state=new&kind=TermDefinition&sort=due");

        Assert.Equal(
            "review?note=foundation-model-basics&custom=selected&q=%E6%8C%87%E4%BB%A4&state=new&kind=TermDefinition",
            cut.Find("a.button[href^=review]").GetAttribute("href"));
    }

    [Fact]
    public void Suspending_a_card_marks_it_suspended_and_unsuspending_brings_it_back()
    {
        var cut = RenderCards("cards?note=foundation-model-basics&q=%E6%8C%87%E4%BB%A4%E5%BE%AE%E8%B0%83");
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

    [Theory]
    [InlineData("cards?domain=abc", "'domain' must be a whole number from 1 to 5, not 'abc'.")]
    [InlineData("cards?note=no-such-note", "There is no note 'no-such-note'.")]
    public void A_scope_that_cannot_be_used_is_named_instead_of_listing_no_cards(string uri, string message)
    {
        var cut = RenderCards(uri);

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find("[data-testid=scope-problem]").TextContent, StringComparison.Ordinal));
        Assert.Equal("cards", cut.Find("[data-testid=scope-problem] a").GetAttribute("href"));
        Assert.Empty(cut.FindAll("table.cards-table"));
        Assert.DoesNotContain("No cards match.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_domain_from_the_list_shows_its_cards()
    {
        var cut = RenderCards("cards");

        cut.Find("select").Change("domain:2");

        Assert.EndsWith("cards?domain=2", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal("domain:2", cut.Find("select").GetAttribute("value")));
    }

    // The cards the generator makes of the note as it is today, in order: the page lists exactly those, whatever they are.
    [Fact]
    public async Task The_leech_filter_lists_only_leeches_with_their_lapses()
    {
        int leech;
        await using (var db = _harness!.Database.CreateDbContext())
        {
            leech = db.Cards.OrderBy(c => c.Id).Select(c => c.Id).First();
            db.CardProgress.Add(new AifStudy.Web.Data.CardProgress
            {
                LearnerId = AifStudy.Web.Data.Learner.DefaultId, CardId = leech, State = Core.Scheduling.CardState.Review, Due = _harness.Clock.Now,
                Stability = 1, Difficulty = 9, Reps = 20, Lapses = 8, IsLeech = true, IsSuspended = true,
            });
            await db.SaveChangesAsync();
        }

        var cut = RenderCards("cards?leeches=1");

        var row = Assert.Single(cut.FindAll("table.cards-table tbody tr"));
        Assert.Equal(leech.ToString(System.Globalization.CultureInfo.InvariantCulture), row.GetAttribute("data-card-id"));
        Assert.Equal("Leech · 8 lapses", row.QuerySelector("[data-testid=leech-badge]")!.TextContent);
        Assert.Equal("true", cut.Find("[data-testid=leech-filter]").GetAttribute("aria-pressed"));
        Assert.NotNull(cut.Find("[data-testid=leech-help]"));
    }

    [Fact]
    public async Task A_card_opens_its_reviews_and_the_state_filter_keeps_the_address()
    {
        int reviewed;
        await using (var db = _harness!.Database.CreateDbContext())
        {
            reviewed = db.Cards.OrderBy(c => c.Id).Select(c => c.Id).First();
        }

        await Services.GetRequiredService<ReviewRecorder>().RateAsync(AifStudy.Web.Data.Learner.DefaultId, reviewed, AifStudy.Core.Scheduling.Rating.Good);

        var cut = RenderCards("cards?state=learning");

        var row = Assert.Single(cut.FindAll("table.cards-table tbody tr"));
        Assert.Equal("Learning", cut.Find("[data-testid=state-filter]").GetAttribute("value"));
        row.QuerySelector("[data-testid=card-info]")!.Click();
        cut.WaitForAssertion(() => Assert.Contains("Good", cut.Find("[data-testid=card-history]").TextContent, StringComparison.Ordinal));
        Assert.Contains("1 review · 0 lapses", cut.Find("[data-testid=card-history]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_leeches_the_filter_says_so()
    {
        var cut = RenderCards("cards?leeches=1");

        Assert.Empty(cut.FindAll("table.cards-table"));
        Assert.Contains("No leeches", cut.Markup, StringComparison.Ordinal);
    }

    private IReadOnlyList<GeneratedCard> GeneratedCards(string slug)
    {
        var file = slug + ".md";
        return CardGenerator.Generate(new NoteParser().Parse(File.ReadAllText(_harness!.Content.FullPath(file)), file), slug);
    }

    private IRenderedComponent<CardsPage> RenderCards(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = Render<CardsPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Loading…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }
}
