using AifStudy.Core.Markdown;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

[Collection(PortalBrowserGroup.Name)]
public sealed class NotePageTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Script_in_a_note_does_not_run()
    {
        var page = await fixture.NewPageAsync();
        var dialogs = new List<string>();
        var console = new List<string>();
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync("notes/hostile-note");
        await page.GetByText("Some text after the attempts.").WaitForAsync();
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        // The mermaid payload reached Mermaid, which drew it (strictly) instead of running its init and click lines.
        var diagram = page.Locator("[data-testid=note-body] pre.mermaid-ok > svg").First;
        await diagram.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Node B", await diagram.TextContentAsync(), StringComparison.Ordinal);

        // Hover and click everything a payload could hang on.
        await page.GetByText("hover me", new() { Exact = true }).HoverAsync();
        foreach (var text in new[] { "click me", "javascript anchor", "data link", "svg link", "submit", "Node A", "Node B", "Node C" })
        {
            var target = page.GetByText(text, new() { Exact = true });
            if (await target.CountAsync() > 0)
            {
                await target.First.ClickAsync(new() { Timeout = 5_000, Force = true });
            }
        }

        await page.WaitForTimeoutAsync(1000);

        Assert.EndsWith("/notes/hostile-note", page.Url, StringComparison.Ordinal);
        Assert.Equal("", await page.EvaluateAsync<string>("String(window.__xss ?? '')"));
        Assert.Empty(dialogs);
        Assert.DoesNotContain(console, m => m.Contains("xss", StringComparison.OrdinalIgnoreCase));
        var body = "[data-testid=note-body]";
        Assert.Equal(0, await page.Locator($"{body} :is(script, iframe, object, embed, form, meta, [onerror], [onload], [onmouseover])").CountAsync());
        Assert.Equal(0, await page.Locator($"{body} :is(a[href^='javascript:' i], a[href^='data:' i], img[src^='data:' i])").CountAsync());
        // Mermaid keeps the label's <img> (DOMPurify strips its handler) and may wrap a node in <a>; neither may act.
        Assert.Equal(0, await page.Locator($"{body} pre.mermaid :is([onclick], [onerror], [onload], a[*|href^='javascript:' i], a[*|href^='data:' i])").CountAsync());
    }

    [BrowserFact]
    public async Task An_svg_with_script_in_the_content_folder_cannot_run_it_even_when_opened_directly()
    {
        var page = await fixture.NewPageAsync();

        var response = await page.GotoAsync("content-files/evil.svg");
        await page.WaitForTimeoutAsync(500);

        Assert.Equal("image/svg+xml", (await response!.AllHeadersAsync())["content-type"]);
        Assert.Null(await page.EvaluateAsync<string?>("document.documentElement.getAttribute('data-xss')"));
        Assert.Contains(await PortalBrowserFixture.CspViolationsAsync(page), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Deep_link_to_a_Chinese_heading_scrolls_it_into_view()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/domain-3-fm-applications");
        var heading = page.Locator("[data-testid=note-body] h2", new() { HasText = "任务陈述 3.3" }).First;
        var anchor = (await heading.Locator("a.anchor").GetAttributeAsync("href"))!.Split('#')[1];
        Assert.Equal(ContentIds.For(anchor), await heading.GetAttributeAsync("id"));

        await page.GotoAsync($"notes/domain-3-fm-applications#{anchor}");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(500);
        var top = await heading.EvaluateAsync<double>("e => e.getBoundingClientRect().top");

        Assert.InRange(top, 0, 200);
        await Screenshots.SaveAsync(page, "note-deep-link");
    }

    [BrowserFact]
    public async Task Table_of_contents_link_jumps_to_its_section()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/llm-basics");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");

        await page.Locator("aside.toc a.toc-link", new() { HasText = "大模型挑战" }).ClickAsync();
        var heading = page.Locator("[data-testid=note-body] h1", new() { HasText = "大模型挑战" });
        await Assertions.Expect(heading).ToBeInViewportAsync();
        Assert.EndsWith("#" + (await heading.GetAttributeAsync("id"))![ContentIds.Prefix.Length..], Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
    }
}
