using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Comfort;

[Collection(PortalBrowserGroup.Name)]
public sealed class LayoutTests(PortalBrowserFixture fixture)
{
    private static readonly string[] Pages =
        ["", "notes/llm-basics", "notes/domain-3-fm-applications", "review", "review?note=llm-basics", "cards", "stats", "settings", "import", "quiz", "quiz?note=domain-2-genai-fundamentals", "coverage"];

    [BrowserFact]
    public async Task Home_on_a_phone_fits_the_screen_and_folds_the_links_behind_a_menu_button()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("");
        await PageMetrics.WaitForInteractiveAsync(page);

        Assert.Equal(0, await PageMetrics.SidewaysOverflowAsync(page));
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var stats = page.Locator("nav#main-nav").GetByRole(AriaRole.Link, new() { Name = "Stats" });
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(stats).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "comfort-home-390");

        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(stats).ToBeVisibleAsync();
        Assert.Equal(0, await PageMetrics.SidewaysOverflowAsync(page));
        await Screenshots.SaveAsync(page, "comfort-home-390-menu-open");

        await stats.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "stats").ToString());
        await Assertions.Expect(stats).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [BrowserFact]
    public async Task Home_on_a_desktop_shows_every_link_in_the_top_bar_and_no_menu_button()
    {
        var page = await fixture.NewPageAsync(1280, 900);
        await page.GotoAsync("");
        await PageMetrics.WaitForInteractiveAsync(page);

        Assert.Equal(0, await PageMetrics.SidewaysOverflowAsync(page));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeHiddenAsync();
        foreach (var name in new[] { "Notes", "Review", "Quiz", "Cards", "Stats", "Import", "Settings" })
        {
            await Assertions.Expect(page.Locator("nav#main-nav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }

        await Screenshots.SaveAsync(page, "comfort-home-1280");
    }

    [BrowserFact]
    public async Task No_page_scrolls_sideways_on_a_phone_or_a_desktop()
    {
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await fixture.NewPageAsync(width, 844);
            foreach (var path in Pages)
            {
                await page.GotoAsync(path);
                await PageMetrics.WaitForInteractiveAsync(page);
                await page.WaitForTimeoutAsync(300);
                Assert.True(await PageMetrics.SidewaysOverflowAsync(page) == 0, $"/{path} scrolls sideways at {width} px");
                await Screenshots.SaveAsync(page, $"comfort-{Name(path)}-{width}");
            }

            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Wide_cards_table_scrolls_inside_its_own_box_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("cards");
        await PageMetrics.WaitForInteractiveAsync(page);
        var box = page.Locator(".table-scroll").First;
        await box.WaitForAsync();

        Assert.Equal("auto", await box.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        Assert.True(await box.EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= window.innerWidth"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Suspend" }).First).ToBeInViewportAsync();
        Assert.Equal(0, await PageMetrics.SidewaysOverflowAsync(page));
    }

    [BrowserFact]
    public async Task Answer_buttons_are_on_screen_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("review?note=llm-basics");
        await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        await page.GetByRole(AriaRole.Button, new() { Name = "Show answer" }).ClickAsync();

        foreach (var name in new[] { "Again", "Hard", "Good", "Easy" })
        {
            await Assertions.Expect(page.Locator(".rate-buttons button", new() { HasText = name })).ToBeInViewportAsync();
        }

        Assert.Equal(0, await PageMetrics.SidewaysOverflowAsync(page));
        await Screenshots.SaveAsync(page, "comfort-review-revealed-390");
    }

    private static string Name(string path) => path.Length == 0 ? "home" : path.Replace('/', '-').Replace('?', '-').Replace('=', '-');
}
