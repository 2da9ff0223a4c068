using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

[Collection(PortalBrowserGroup.Name)]
public sealed class MindmapTests(PortalBrowserFixture fixture)
{
    // Mermaid draws inside the <pre> and then replaces what it drew there with the finished SVG; only mermaid-ok
    // (RichContent.razor.js, after Mermaid is done) means the labels are in.
    private const string AuthoredSvg = "[data-testid=note-body] pre.mermaid-ok > svg";
    private const string GeneratedSvg = "[data-testid=generated-mindmap] pre.mermaid-ok > svg";

    [BrowserFact]
    public async Task Authored_mindmap_is_drawn_as_svg_with_its_node_labels()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/foundation-model-basics");

        var svg = page.Locator(AuthoredSvg).First;
        await svg.WaitForAsync(new() { Timeout = 30_000 });
        var text = await svg.TextContentAsync();

        Assert.Contains("Amazon Titan", text, StringComparison.Ordinal);
        Assert.Contains("自监督学习", text, StringComparison.Ordinal);
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
        await Screenshots.SaveAsync(page, "note-authored-mindmap");
    }

    [BrowserFact]
    public async Task Note_without_mindmap_gets_a_generated_one_drawn_in_its_panel()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/llm-basics");

        var svg = page.Locator(GeneratedSvg).First;
        await svg.WaitForAsync(new() { Timeout = 30_000 });
        var text = await svg.TextContentAsync();

        Assert.Contains("编码器-解码器结构", text, StringComparison.Ordinal);
        Assert.Contains("向量数据库", text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=generated-mindmap] pre.mermaid-error").CountAsync());
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
        await Screenshots.SaveAsync(page, "note-generated-mindmap");
    }

    [BrowserFact]
    public async Task The_mindmap_zooms_in_and_out_fits_again_and_goes_full_screen()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/llm-basics");
        var diagram = page.Locator("[data-testid=generated-mindmap] pre.mermaid[data-zoom=ready]");
        await diagram.WaitForAsync(new() { Timeout = 30_000 });
        var svg = diagram.Locator("svg").First;
        var fitted = (await svg.BoundingBoxAsync())!.Width;

        await diagram.Locator("[data-testid=diagram-zoom-in]").ClickAsync();
        await diagram.Locator("[data-testid=diagram-zoom-in]").ClickAsync();
        await WaitForWidthAsync(svg, width => width > fitted * 1.3);
        await diagram.Locator("[data-testid=diagram-fit]").ClickAsync();
        await WaitForWidthAsync(svg, width => Math.Abs(width - fitted) < 2);

        await diagram.Locator("[data-testid=diagram-full]").ClickAsync();
        await Assertions.Expect(diagram).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdiagram-full\b"));
        var box = (await diagram.BoundingBoxAsync())!;
        Assert.Equal((0, 0), ((int)box.X, (int)box.Y));
        await Screenshots.SaveAsync(page, "mindmap-full-screen");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(diagram).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bdiagram-full\b"));
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
    }

    private static async Task WaitForWidthAsync(ILocator svg, Func<float, bool> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (condition((await svg.BoundingBoxAsync())!.Width))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The diagram's width stayed {(await svg.BoundingBoxAsync())!.Width}.");
    }

    [BrowserFact]
    public async Task Navigating_between_notes_in_the_app_draws_the_next_mindmap()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/foundation-model-basics");
        await page.Locator(AuthoredSvg).First.WaitForAsync(new() { Timeout = 30_000 });

        // In-app navigation: the top bar's "Notes" link, then a note card, without a page load.
        await page.EvaluateAsync("window.__samePage = true");
        await page.Locator("nav.topnav").GetByRole(AriaRole.Link, new() { Name = "Notes", Exact = true }).ClickAsync();
        await page.Locator("a.note-card[href='notes/llm-basics']").ClickAsync();
        await page.Locator(GeneratedSvg).First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.__samePage === true"), "navigation reloaded the page");

        // And back again: the authored mindmap is drawn anew.
        await page.GoBackAsync();
        await page.GoBackAsync();
        var svg = page.Locator(AuthoredSvg).First;
        await svg.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Amazon Titan", await svg.TextContentAsync(), StringComparison.Ordinal);
    }
}
