using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Comfort;

[Collection(PortalBrowserGroup.Name)]
public sealed class NavigationTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Every_page_has_a_title_that_names_it_and_in_app_navigation_updates_it()
    {
        var page = await fixture.NewPageAsync();
        var expected = new Dictionary<string, string>
        {
            [""] = "Dashboard · AifStudy",
            ["notes/llm-basics"] = "大语言模型基础笔记 · AifStudy",
            ["review"] = "Review · AifStudy",
            ["cards"] = "Cards · AifStudy",
            ["stats"] = "Statistics · AifStudy",
            ["settings"] = "Settings · AifStudy",
            ["import"] = "Import status · AifStudy",
            ["notes/no-such-note"] = "Not found · AifStudy",
        };
        foreach (var (path, title) in expected)
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page).ToHaveTitleAsync(title);
        }

        await page.GotoAsync("");
        await PageMetrics.WaitForInteractiveAsync(page);
        await page.Locator("a.note-card[href='notes/llm-basics']").ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("大语言模型基础笔记 · AifStudy");
        await page.Locator("nav#main-nav").GetByRole(AriaRole.Link, new() { Name = "Stats" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Statistics · AifStudy");
    }

    [BrowserFact]
    public async Task Back_button_retraces_in_app_navigation_step_by_step()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("");
        await PageMetrics.WaitForInteractiveAsync(page);
        await page.EvaluateAsync("window.__samePage = true");

        await page.Locator("a.note-card[href='notes/llm-basics']").ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("大语言模型基础笔记 · AifStudy");
        await page.Locator("aside.toc a.toc-link", new() { HasText = "大模型挑战" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("notes/llm-basics#"));
        await page.Locator(".note-header").GetByRole(AriaRole.Link, new() { Name = "Cards", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cards\\?note=llm-basics$"));
        await page.Locator("nav#main-nav").GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Review · AifStudy");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("cards\\?note=llm-basics$"));
        await Assertions.Expect(page).ToHaveTitleAsync("Cards · AifStudy");
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("notes/llm-basics#"));
        var heading = page.Locator("[data-testid=note-body] h1", new() { HasText = "大模型挑战" });
        await Assertions.Expect(heading).ToBeInViewportAsync(new() { Timeout = 15_000 });
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.BaseAddress, "notes/llm-basics").ToString());
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Dashboard · AifStudy");

        Assert.True(await page.EvaluateAsync<bool>("window.__samePage === true"), "a step reloaded the page");
    }

    [BrowserFact]
    public async Task Deep_link_to_a_section_lands_on_it_on_a_phone()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync("notes/llm-basics");
        var heading = page.Locator("[data-testid=note-body] h1", new() { HasText = "大模型挑战" });
        // The anchor as the heading's # link (and so a copied URL) carries it.
        var anchor = (await heading.Locator("a.anchor").GetAttributeAsync("href"))!.Split('#')[1];

        await page.GotoAsync($"notes/llm-basics#{anchor}");
        await PageMetrics.WaitForInteractiveAsync(page);
        await page.WaitForTimeoutAsync(500);

        await Assertions.Expect(heading).ToBeInViewportAsync();
        var top = await heading.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, 0, 250);
        await Screenshots.SaveAsync(page, "comfort-deep-link-390");
    }
}
