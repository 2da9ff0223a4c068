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
    public async Task A_section_on_screen_as_long_as_its_length_asks_is_read_and_the_home_page_shows_it()
    {
        var page = await fixture.NewPageAsync();
        var opened = DateTimeOffset.UtcNow;
        await OpenAsync(page, "notes/" + PortalBrowserFixture.LearnAheadSlug);
        var count = page.Locator("[data-testid=reading-count]");
        await Assertions.Expect(count).ToHaveTextAsync("0 of 1 sections read");
        await page.EvaluateAsync($"() => document.getElementById('{ContentIds.For("terms")}').scrollIntoView()");

        // The note's one section, about 50 words, needs ReadingTime.OnScreen of its text (a few seconds): not before.
        await Assertions.Expect(count).ToHaveTextAsync("1 of 1 sections read", new() { Timeout = 30_000 });
        var needed = AifStudy.Core.Notes.ReadingTime.OnScreen(await page.Locator("article").InnerTextAsync());
        Assert.True(DateTimeOffset.UtcNow - opened >= needed * 0.5, $"read after {DateTimeOffset.UtcNow - opened}, needs {needed} on screen");
        await Assertions.Expect(page.Locator("aside.toc li.read")).ToHaveCountAsync(1);

        await page.GotoAsync("");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        var card = page.Locator($"a.note-card[href='notes/{PortalBrowserFixture.LearnAheadSlug}'] [data-testid=note-progress] .label");
        Assert.StartsWith("1 / 1", await card.TextContentAsync(), StringComparison.Ordinal);
        var resume = page.Locator("[data-testid=continue] a.dash-main");
        Assert.StartsWith($"notes/{PortalBrowserFixture.LearnAheadSlug}#", await resume.GetAttributeAsync("href"), StringComparison.Ordinal);

        await resume.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"notes/{PortalBrowserFixture.LearnAheadSlug}#", StringComparison.Ordinal));
        var anchor = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        var heading = page.Locator($"[id='{ContentIds.For(anchor)}']");
        await Assertions.Expect(heading).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Flicking_through_a_note_marks_none_of_the_sections_it_passed()
    {
        var page = await fixture.NewPageAsync();
        await OpenAsync(page, "notes/domain-2-genai-fundamentals");

        // Six screens down in 0.6 s, then to the end.
        for (var i = 0; i < 6; i++)
        {
            await page.EvaluateAsync("() => window.scrollBy(0, window.innerHeight)");
            await page.WaitForTimeoutAsync(100);
        }

        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.WaitForTimeoutAsync(1500);

        // Whatever is read now is on screen at the end; every section passed on the way stays unread.
        var passedButRead = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('aside.toc li.read a.toc-link')].map(a => decodeURIComponent(a.getAttribute('href').split('#')[1]))
                .filter(anchor => {
                    const heading = document.getElementById('user-content-' + anchor);
                    const next = [...document.querySelectorAll('article h1[id], article h2[id], article h3[id], article h4[id], article h5[id], article h6[id]')]
                        .find(h => heading && (heading.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING));
                    return next && next.getBoundingClientRect().top < 0;
                })
            """);
        Assert.Empty(passedButRead);
        Assert.True(ReadOf(await page.Locator("[data-testid=reading-count]").TextContentAsync()) <= 3);
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
