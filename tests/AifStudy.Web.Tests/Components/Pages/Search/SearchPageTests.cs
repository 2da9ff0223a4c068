using AifStudy.Web.Components.Pages.Search;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Search;

public sealed class SearchPageTests : BunitContext, IAsyncLifetime
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
    public void Results_are_grouped_by_note_with_count_time_and_highlighted_links_to_sections()
    {
        var cut = RenderSearch("search?q=%E5%BE%AE%E8%B0%83");

        var summary = cut.Find("[data-testid=search-summary]").TextContent;
        Assert.Matches(@"^\s*\d+ results in \d+ notes for “微调” in [\d.]+ ms", summary);
        var groups = cut.FindAll("[data-testid=search-result-group]");
        Assert.Contains(groups, g => g.QuerySelector("h2 a")!.GetAttribute("href") == "notes/domain-3-fm-applications");
        var traditional = groups.Single(g => g.QuerySelector("h2 a")!.GetAttribute("href") == "notes/genai-fundamentals-bilingual");
        Assert.Contains(traditional.QuerySelectorAll("mark"), m => m.TextContent == "微調");
        Assert.Equal(
            groups.Sum(g => g.QuerySelectorAll("[data-testid=search-hit]").Length),
            int.Parse(summary.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(cut.FindAll("[data-testid=search-hit]"), a => Assert.Matches(@"^notes/[a-z0-9-]+(#.+)?$", a.GetAttribute("href")));
        var cardHit = cut.FindAll("[data-testid=search-hit][data-kind=card]")[0];
        Assert.Contains("#", cardHit.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("微调", cut.Find("[data-testid=search-page-input]").GetAttribute("value"));
    }

    [Fact]
    public void A_query_without_hits_says_so()
    {
        var cut = RenderSearch("search?q=%E9%87%8F%E5%AD%90%E8%9D%B4%E8%9D%B6");

        Assert.Equal("No results for “量子蝴蝶”.", cut.Find("[data-testid=search-summary]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=search-result-group]"));
    }

    [Fact]
    public void Without_a_query_it_suggests_what_to_type_and_searches_nothing()
    {
        var cut = RenderSearch("search");

        Assert.Empty(cut.FindAll("[data-testid=search-summary]"));
        Assert.Contains("Transformer", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Submitting_the_form_goes_to_the_results_page_of_the_new_query()
    {
        var cut = RenderSearch("search?q=rag");
        var navigation = Services.GetRequiredService<NavigationManager>();

        cut.Find("[data-testid=search-page-input]").Change("  嵌入 ");
        cut.Find("form").Submit();

        Assert.Equal("search?q=%E5%B5%8C%E5%85%A5", navigation.ToBaseRelativePath(navigation.Uri));
    }

    private IRenderedComponent<SearchPage> RenderSearch(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        var cut = Render<SearchPage>();
        cut.WaitForAssertion(() => Assert.DoesNotContain("Searching…", cut.Markup, StringComparison.Ordinal));
        return cut;
    }
}
