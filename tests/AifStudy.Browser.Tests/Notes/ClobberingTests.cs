using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

/// <summary>No id or name in a note may stand in for a global of the page (see <see cref="ClobberingNotes"/>).</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class ClobberingTests(PortalBrowserFixture fixture)
{
    private const string GeneratedSvg = "[data-testid=generated-mindmap] pre.mermaid-ok > svg";
    private const string AuthoredSvg = "[data-testid=note-body] pre.mermaid-ok > svg";

    [BrowserFact]
    public async Task A_heading_called_Mermaid_leaves_the_page_working_with_its_mindmap_drawn_also_after_a_reload()
    {
        var page = await fixture.NewPageAsync();
        var pageErrors = RecordPageErrors(page);

        await page.GotoAsync($"notes/{ClobberingNotes.HeadingSlug}");
        await AssertWorkingAsync(page, GeneratedSvg, "first point under Mermaid", "Mermaid");
        await page.ReloadAsync();
        await AssertWorkingAsync(page, GeneratedSvg, "second point under Mermaid", "Mermaid");

        Assert.Empty(pageErrors);
        await Screenshots.SaveAsync(page, "note-heading-called-mermaid");
    }

    [BrowserFact]
    public async Task Raw_html_with_the_id_or_name_of_a_page_global_leaves_the_page_working_with_its_mindmap_drawn()
    {
        var page = await fixture.NewPageAsync();
        var pageErrors = RecordPageErrors(page);

        await page.GotoAsync($"notes/{ClobberingNotes.RawHtmlSlug}");
        await AssertWorkingAsync(page, AuthoredSvg, "drawn anyway", "Raw ids and names");
        // The sanitiser keeps these elements (and their names); only what they are called changes.
        Assert.Equal(1, await page.Locator("[data-testid=note-body] a", new() { HasText = "An anchor with the id mermaid." }).CountAsync());
        Assert.Equal(2, await page.Locator("[data-testid=note-body] img[name]").CountAsync());
        await page.ReloadAsync();
        await AssertWorkingAsync(page, AuthoredSvg, "drawn anyway", "Raw ids and names");

        Assert.Empty(pageErrors);
    }

    [BrowserFact]
    public async Task Deep_links_to_a_heading_and_an_anchor_called_mermaid_scroll_to_them()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"notes/{ClobberingNotes.HeadingSlug}#mermaid");
        await AssertScrolledToAsync(page, page.Locator("[data-testid=note-body] h2", new() { HasTextRegex = new Regex("^Mermaid") }));

        await page.GotoAsync($"notes/{ClobberingNotes.RawHtmlSlug}#mermaid");
        var rawAnchor = page.GetByText("An anchor with the id mermaid.");
        await AssertScrolledToAsync(page, rawAnchor);

        // The note's own [link](#mermaid), followed inside the page.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.GetByText("Jump to the mermaid anchor").ClickAsync();
        await AssertScrolledToAsync(page, rawAnchor);
        Assert.EndsWith($"notes/{ClobberingNotes.RawHtmlSlug}#mermaid", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Headings_that_look_like_Mermaid_directives_are_drawn_as_text_in_the_generated_mindmap()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync($"notes/{ClobberingNotes.DirectiveSlug}");
        var svg = page.Locator(GeneratedSvg).First;
        await svg.WaitForAsync(new() { Timeout = 30_000 });
        var text = await svg.TextContentAsync();

        Assert.Contains("%%{init: {'theme': 'forest'}}%% looks like", text, StringComparison.Ordinal);
        Assert.Contains("a point under it", text, StringComparison.Ordinal);
        Assert.Contains("%%{ never closed", text, StringComparison.Ordinal);
        Assert.Contains("another point", text, StringComparison.Ordinal);
        Assert.Contains("100%% plain", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("pre.mermaid-error").CountAsync());
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
    }

    private static List<string> RecordPageErrors(IPage page)
    {
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        return errors;
    }

    // Drawn diagram, no error bar, no element standing in for a global, and a live circuit: marking a section read
    // is a round trip to the server.
    private static async Task AssertWorkingAsync(IPage page, string svgSelector, string svgText, string section)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        var svg = page.Locator(svgSelector).First;
        await svg.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains(svgText, await svg.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("pre.mermaid-error").CountAsync());

        var read = page.Locator("aside.toc li", new() { Has = page.Locator("a.toc-link", new() { HasTextRegex = new Regex($"^{Regex.Escape(section)}$") }) })
            .Locator("button.toc-read");
        var wasRead = await read.GetAttributeAsync("aria-pressed") == "true";
        await read.ClickAsync();
        await Assertions.Expect(read).ToHaveAttributeAsync("aria-pressed", wasRead ? "false" : "true");

        await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        Assert.True(
            await page.EvaluateAsync<bool>("() => ![window.mermaid, document.mermaid, document.getElementById].some(v => v instanceof Element)"),
            "an element of the note is reachable as a global");
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
    }

    private static async Task AssertScrolledToAsync(IPage page, ILocator target)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Assertions.Expect(target).ToBeInViewportAsync();
        var top = await target.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, 0, 200);
    }
}
