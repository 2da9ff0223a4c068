using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

[Collection(PortalBrowserGroup.Name)]
public sealed class NotePageTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Script_in_a_note_does_not_run()
    {
        var page = await fixture.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync("notes/hostile-note");
        await page.GetByText("Some text after the attempts.").WaitForAsync();

        // Give the circuit time to start and any injected handler time to fire.
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForTimeoutAsync(1000);
        var link = page.GetByText("click me");
        if (await link.CountAsync() > 0)
        {
            await link.First.ClickAsync(new() { Timeout = 5_000 });
        }

        Assert.Null(await page.EvaluateAsync<int?>("window.__xss ?? null"));
        Assert.Equal(0, await page.Locator("[data-testid=note-body] [onerror], [data-testid=note-body] script").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task Deep_link_to_a_Chinese_heading_scrolls_it_into_view()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/domain-3-fm-applications");
        var heading = page.Locator("[data-testid=note-body] h2", new() { HasText = "任务陈述 3.3" }).First;
        var anchor = await heading.GetAttributeAsync("id");
        Assert.False(string.IsNullOrEmpty(anchor));

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
        Assert.EndsWith("#" + await heading.GetAttributeAsync("id"), Uri.UnescapeDataString(page.Url), StringComparison.Ordinal);
    }
}
