using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

/// <summary>Mindmaps you can explore: a node opens its section, and branches fold (mindmap-explore.js).</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class MindmapExploreTests(PortalBrowserFixture fixture)
{
    private const string Generated = "[data-testid=generated-mindmap] pre.mermaid-ok";
    private const string Authored = "[data-testid=note-body] pre.mermaid-ok";

    [BrowserFact]
    public async Task A_click_on_a_generated_node_opens_its_section()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/llm-basics");
        var node = page.Locator($"{Generated} g.mindmap-link[aria-label='Open the section: 5、编码器-解码器结构']");
        await node.WaitForAsync(new() { Timeout = 30_000 });
        var anchor = await node.GetAttributeAsync("data-anchor");

        await node.ClickAsync();

        var heading = page.Locator(".fragment-target");
        await Assertions.Expect(heading).ToContainTextAsync("编码器-解码器结构");
        Assert.EndsWith("#" + Uri.EscapeDataString(anchor!), page.Url, StringComparison.Ordinal);
        var box = (await heading.BoundingBoxAsync())!;
        Assert.InRange(box.Y, -2, 900);
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
    }

    [BrowserFact]
    public async Task Branches_fold_and_unfold_one_at_a_time_or_all_at_once()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/foundation-model-basics");
        var diagram = page.Locator(Authored).First;
        await diagram.Locator(".mindmap-fold").First.WaitForAsync(new() { Timeout = 30_000 });
        var nodes = diagram.Locator("g.mindmap-node");
        var all = await nodes.CountAsync();

        await diagram.Locator("[data-testid=mindmap-fold-all]").ClickAsync();
        await Assertions.Expect(nodes).Not.ToHaveCountAsync(all);
        var main = await nodes.CountAsync();
        var branch = diagram.Locator(".mindmap-fold[aria-expanded=false]").First;
        await branch.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await WaitForCountAsync(nodes, count => count > main);
        await diagram.Locator("[data-testid=mindmap-unfold-all]").ClickAsync();
        await Assertions.Expect(nodes).ToHaveCountAsync(all);

        Assert.InRange(main, 2, all / 2);
        Assert.Empty(await PortalBrowserFixture.CspViolationsAsync(page));
    }

    [BrowserFact]
    public async Task On_a_phone_a_big_mindmap_starts_with_its_main_branches_in_both_themes()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await fixture.NewPageAsync(390, 844, scheme);
            await page.GotoAsync("notes/foundation-model-basics");
            var diagram = page.Locator(Authored).First;
            await diagram.Locator(".mindmap-fold").First.WaitForAsync(new() { Timeout = 30_000 });

            Assert.InRange(await diagram.Locator("g.mindmap-node").CountAsync(), 2, 12);
            Assert.True(await diagram.Locator(".mindmap-fold[aria-expanded=false]").CountAsync() > 0);
            await diagram.ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveAsync(page, $"mindmap-phone-{scheme.ToString().ToLowerInvariant()}");
        }
    }

    private static async Task WaitForCountAsync(ILocator locator, Func<int, bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (condition(await locator.CountAsync()))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"The count stayed {await locator.CountAsync()}.");
    }
}
