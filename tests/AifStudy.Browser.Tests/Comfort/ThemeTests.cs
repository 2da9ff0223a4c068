using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Comfort;

[Collection(PortalBrowserGroup.Name)]
public sealed class ThemeTests(PortalBrowserFixture fixture)
{
    private const string Diagram = "[data-testid=note-body] pre.mermaid";

    [BrowserFact]
    public async Task A_system_set_to_dark_gets_a_dark_page()
    {
        var page = await fixture.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.GotoAsync("notes/llm-basics");
        await PageMetrics.WaitForInteractiveAsync(page);

        Assert.True(await PageMetrics.LuminanceAsync(page, "body") < 0.05, "page background is not dark");
        Assert.True(await PageMetrics.LuminanceAsync(page, ".note-body") < 0.05, "note background is not dark");
        Assert.True(await PageMetrics.LuminanceAsync(page, ".note-body", "color") > 0.6, "note text is not light");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: system" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "comfort-note-dark-system");
    }

    [BrowserFact]
    public async Task A_system_set_to_light_gets_a_light_page()
    {
        var page = await fixture.NewPageAsync(colorScheme: ColorScheme.Light);
        await page.GotoAsync("");

        Assert.True(await PageMetrics.LuminanceAsync(page, "body") > 0.8, "page background is not light");
    }

    [BrowserFact]
    public async Task The_theme_button_cycles_light_dark_system_and_the_choice_survives_a_reload()
    {
        var page = await fixture.NewPageAsync(colorScheme: ColorScheme.Light);
        await page.GotoAsync("stats");
        var button = page.GetByTestId("theme-toggle");
        // The button works before the circuit starts, but a click while Blazor swaps the prerendered page for the
        // interactive one can land on a button that is being replaced: on a busy machine, wait for the swap.
        await PageMetrics.WaitForInteractiveAsync(page);

        await button.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: light" })).ToBeVisibleAsync();
        Assert.True(await PageMetrics.LuminanceAsync(page, "body") > 0.8);

        await button.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: dark" })).ToBeVisibleAsync();
        Assert.True(await PageMetrics.LuminanceAsync(page, "body") < 0.05, "dark was chosen but the page is not dark");
        await Screenshots.SaveAsync(page, "comfort-stats-dark-chosen");

        // Remembered, and applied by the head script before Blazor starts: block Blazor and the page is still dark.
        await page.RouteAsync("**/_framework/blazor.web*.js", route => route.AbortAsync());
        await page.ReloadAsync();
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.True(await PageMetrics.LuminanceAsync(page, "body") < 0.05, "the chosen dark theme was lost on reload");
        await page.UnrouteAllAsync();

        await page.ReloadAsync();
        await PageMetrics.WaitForInteractiveAsync(page);
        await button.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Theme: system" })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.dataset.theme ?? null"));
        Assert.True(await PageMetrics.LuminanceAsync(page, "body") > 0.8, "back on system (light) but the page is not light");
    }

    [BrowserFact]
    public async Task Mindmaps_are_drawn_with_the_dark_theme_and_redrawn_when_the_theme_changes()
    {
        var page = await fixture.NewPageAsync(colorScheme: ColorScheme.Dark);
        await page.GotoAsync("notes/foundation-model-basics");

        var dark = page.Locator($"{Diagram}[data-theme=dark] svg").First;
        await dark.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Amazon Titan", await dark.TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await LabelLuminanceAsync(page, "dark") > 0.5, "mindmap labels are not light on the dark theme");
        await dark.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "comfort-mindmap-dark");

        // system (dark) -> light: the same diagram is drawn again in Mermaid's default theme.
        await PageMetrics.WaitForInteractiveAsync(page);
        await page.GetByTestId("theme-toggle").ClickAsync();
        var light = page.Locator($"{Diagram}[data-theme=light] svg").First;
        await light.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Contains("Amazon Titan", await light.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"{Diagram}.mermaid-error").CountAsync());
        await light.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "comfort-mindmap-light");
    }

    // Mindmap labels are HTML inside foreignObject; their colour shows whether the diagram suits the page.
    private static Task<double> LabelLuminanceAsync(IPage page, string theme) =>
        PageMetrics.LuminanceAsync(page, $"{Diagram}[data-theme={theme}] svg .nodeLabel", "color");
}
