using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Search;

[Collection(PortalBrowserGroup.Name)]
public sealed class SearchBoxTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Typing_in_the_top_bar_shows_results_by_note_and_a_result_leads_to_its_section()
    {
        var page = await OpenAsync("");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("Transformer");

        var popup = page.GetByTestId("search-popup");
        // Results come as the letters are typed: wait for the whole word's, not a prefix's ("tra").
        await Assertions.Expect(popup.Locator("mark").First).ToHaveTextAsync(new Regex("^Transformer$", RegexOptions.IgnoreCase));
        Assert.True(await popup.GetByTestId("search-group").CountAsync() >= 2);
        Assert.Contains("Transformer", await popup.Locator("mark").AllInnerTextsAsync(), StringComparer.OrdinalIgnoreCase);
        await Screenshots.SaveAsync(page, "search-popup");
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync());

        var hit = popup.GetByTestId("search-group").Filter(new() { HasText = "大语言模型基础笔记" })
            .Locator("[data-testid=search-hit][data-kind=section]").Filter(new() { HasText = "Transformer" }).First;
        var anchor = AnchorOf(await hit.GetAttributeAsync("href"));
        await hit.ClickAsync();

        await page.WaitForURLAsync("**/notes/llm-basics#*");
        var heading = page.Locator($"[data-testid=note-body] [id='{ContentIds.For(anchor)}']");
        await Assertions.Expect(heading).ToBeInViewportAsync();
        await Assertions.Expect(popup).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "search-followed");
    }

    [BrowserFact]
    public async Task A_result_link_opened_as_a_page_load_scrolls_to_its_chinese_heading()
    {
        var page = await OpenAsync("search?q=微调");
        var hit = page.Locator("[data-testid=search-hit][data-kind=section]").Filter(new() { HasText = "微调" }).Last;
        var href = await hit.GetAttributeAsync("href");
        var anchor = AnchorOf(href);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", anchor);

        await page.GotoAsync(href!);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        await Assertions.Expect(page.Locator($"[data-testid=note-body] [id='{ContentIds.For(anchor)}']")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Arrow_keys_pick_a_result_enter_follows_it_and_escape_closes()
    {
        var page = await OpenAsync("notes/llm-basics");
        var input = page.GetByTestId("search-input");

        await input.ClickAsync();
        await page.Keyboard.TypeAsync("嵌入");
        var popup = page.GetByTestId("search-popup");
        await Assertions.Expect(popup.GetByTestId("search-hit").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popup).ToHaveCountAsync(0);

        await input.FillAsync("");
        await page.Keyboard.TypeAsync("向量");
        await Assertions.Expect(popup.GetByTestId("search-hit").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        var picked = popup.Locator("[role=option].active");
        await Assertions.Expect(picked).ToHaveAttributeAsync("id", "search-option-1");
        var href = await picked.GetAttributeAsync("href");
        await page.Keyboard.PressAsync("Enter");

        // The address changes when the navigation commits; the note's load event (images, Mermaid) is not what is tested.
        await page.WaitForURLAsync(
            url => Uri.UnescapeDataString(url).EndsWith(href!, StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        var anchor = AnchorOf(href);
        if (anchor.Length > 0)
        {
            await Assertions.Expect(page.Locator($"[data-testid=note-body] [id='{ContentIds.For(anchor)}']")).ToBeInViewportAsync();
        }
    }

    [BrowserFact]
    public async Task Enter_without_a_pick_opens_the_results_page_grouped_with_count_and_time()
    {
        var page = await OpenAsync("stats");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("基础模型");
        await Assertions.Expect(page.GetByTestId("search-popup").GetByTestId("search-hit").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        // In-app navigation: poll the address instead of waiting for a load event.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=%E5%9F%BA%E7%A1%80%E6%A8%A1%E5%9E%8B$"));
        var summary = page.GetByTestId("search-summary");
        await Assertions.Expect(summary).ToContainTextAsync("results in");
        await Assertions.Expect(summary).ToContainTextAsync("“基础模型”");
        await Assertions.Expect(summary).ToContainTextAsync(" ms");
        Assert.True(await page.GetByTestId("search-result-group").CountAsync() >= 2);
        Assert.Contains("基礎模型", await page.Locator("[data-testid=search-result-group] mark").AllInnerTextsAsync());
        Assert.Equal("基础模型 · Search · AifStudy", await page.TitleAsync());
        await Screenshots.SaveAsync(page, "search-results-page", fullPage: false);
    }

    [BrowserFact]
    public async Task A_query_without_hits_says_so_in_the_popup_and_on_the_page()
    {
        var page = await OpenAsync("");

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("zqxjkv");
        await Assertions.Expect(page.GetByTestId("search-empty")).ToHaveTextAsync("No results for “zqxjkv”.");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("search-summary")).ToHaveTextAsync("No results for “zqxjkv”.");
        Assert.Equal(0, await page.GetByTestId("search-result-group").CountAsync());
    }

    [BrowserFact]
    public async Task On_a_phone_the_box_opens_from_an_icon_and_the_popup_fits_the_screen()
    {
        var page = await OpenAsync("", width: 390, height: 844);
        Assert.False(await page.GetByTestId("search-input").IsVisibleAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Search (/)" }).ClickAsync();
        var input = page.GetByTestId("search-input");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("RAG 检索");

        var popup = page.GetByTestId("search-popup");
        await Assertions.Expect(popup.GetByTestId("search-hit").First).ToBeVisibleAsync();
        var box = await popup.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.X, 0, 390);
        Assert.InRange(box.X + box.Width, 0, 390);
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth"));
        await Screenshots.SaveAsync(page, "search-popup-390");
    }

    private async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var page = await fixture.NewPageAsync(width, height);
        await page.GotoAsync(path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        // The search box's key handler is attached after the first interactive render.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=search-box]')?.dataset.ready === 'true'");
        return page;
    }

    private static string AnchorOf(string? href)
    {
        Assert.NotNull(href);
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? "" : Uri.UnescapeDataString(href[(hash + 1)..]);
    }
}
