using AifStudy.Core.Markdown;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Reading;

/// <summary>Bilingual reading, scroll-through read marks and the dashboard, in Chromium against the real portal.</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class ReadingTests(PortalBrowserFixture fixture)
{
    private const string Bilingual = "notes/genai-fundamentals-bilingual";

    [BrowserFact]
    public async Task The_language_toggle_hides_the_other_language_and_is_remembered()
    {
        var page = await fixture.NewPageAsync();
        await OpenAsync(page, Bilingual);
        var chinese = page.Locator("article [data-lang=zh]");
        var english = page.Locator("article [data-lang=en]");
        Assert.True(await VisibleAsync(chinese) > 10);
        Assert.True(await VisibleAsync(english) > 10);

        await page.Locator(".language-toggle button[data-language=en]").ClickAsync();
        await Assertions.Expect(page.Locator("article[data-reading=en]")).ToBeVisibleAsync();
        Assert.Equal(0, await VisibleAsync(chinese));
        Assert.Equal(await english.CountAsync(), await VisibleAsync(english));
        await Screenshots.SaveAsync(page, "note-bilingual-english");

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Assertions.Expect(page.Locator("article[data-reading=en]")).ToBeVisibleAsync();
        Assert.Equal(0, await VisibleAsync(chinese));

        await page.Locator(".language-toggle button[data-language=zh]").ClickAsync();
        await Assertions.Expect(page.Locator("article[data-reading=zh]")).ToBeVisibleAsync();
        Assert.Equal(0, await VisibleAsync(english));
        Assert.Equal(await chinese.CountAsync(), await VisibleAsync(chinese));

        await page.Locator(".language-toggle button[data-language=both]").ClickAsync();
        await Assertions.Expect(page.Locator("article[data-reading=both]")).ToBeVisibleAsync();
        Assert.Equal(await chinese.CountAsync(), await VisibleAsync(chinese));
        await Screenshots.SaveAsync(page, "note-bilingual-both");
    }

    [BrowserFact]
    public async Task Scrolling_through_sections_marks_them_read_and_the_home_page_shows_it()
    {
        var page = await fixture.NewPageAsync();
        await OpenAsync(page, "notes/domain-2-genai-fundamentals");
        var count = page.Locator("[data-testid=reading-count]");
        var before = ReadOf(await count.TextContentAsync());

        for (var i = 0; i < 30; i++)
        {
            await page.Mouse.WheelAsync(0, 400);
            await page.WaitForTimeoutAsync(150);
        }

        // Each section needs a moment on screen (NotePage.razor.js) before it counts.
        await page.WaitForFunctionAsync(
            "before => parseInt(document.querySelector('[data-testid=reading-count]').textContent) > before", before,
            new() { Timeout = 10_000 });
        var after = ReadOf(await count.TextContentAsync());
        Assert.True(after > before, $"{before} → {after}");
        Assert.True(await page.Locator("aside.toc li.read").CountAsync() >= after - 1);

        await page.GotoAsync("");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        var card = page.Locator("a.note-card[href='notes/domain-2-genai-fundamentals'] [data-testid=note-progress] .label");
        Assert.StartsWith($"{after} / ", await card.TextContentAsync(), StringComparison.Ordinal);
        var resume = page.Locator("[data-testid=continue] a.dash-main");
        Assert.StartsWith("notes/domain-2-genai-fundamentals#", await resume.GetAttributeAsync("href"), StringComparison.Ordinal);

        await resume.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("notes/domain-2-genai-fundamentals#", StringComparison.Ordinal));
        var anchor = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        var heading = page.Locator($"[id='{ContentIds.For(anchor)}']");
        await Assertions.Expect(heading).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task The_dashboard_fits_a_phone_and_a_desktop()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            var page = await fixture.NewPageAsync(width, width == 390 ? 844 : 900);
            await OpenAsync(page, "");
            await Assertions.Expect(page.Locator("[data-testid=dashboard]")).ToBeVisibleAsync();
            // The five domains, and "Other" for the fixture's hostile note, which names none.
            Assert.Equal(6, await page.Locator(".dash-domain").CountAsync());
            await Assertions.Expect(page.Locator("[data-testid=due] .dash-main")).ToContainTextAsync("cards");

            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the page is {overflow}px wider than a {width}px screen");
            await Screenshots.SaveAsync(page, $"home-dashboard-{width}", fullPage: true);
            await page.Context.CloseAsync();
        }
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(300);
    }

    private static Task<int> VisibleAsync(ILocator blocks) =>
        blocks.EvaluateAllAsync<int>("els => els.filter(e => e.checkVisibility()).length");

    private static int ReadOf(string? text) => int.Parse(text!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
