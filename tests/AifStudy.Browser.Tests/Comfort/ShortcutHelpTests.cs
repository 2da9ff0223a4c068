using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Comfort;

[Collection(PortalBrowserGroup.Name)]
public sealed class ShortcutHelpTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Question_mark_opens_the_shortcut_list_and_Escape_closes_it()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("notes/llm-basics");
        await PageMetrics.WaitForInteractiveAsync(page);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("?");

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByText("Show the answer")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByText("Search notes and cards")).ToBeVisibleAsync();
        Assert.True(await dialog.EvaluateAsync<bool>("d => d.contains(document.activeElement)"), "focus did not move into the dialog");
        await Screenshots.SaveAsync(page, "comfort-shortcut-help");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // The close button works too.
        await page.Keyboard.PressAsync("?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Question_mark_typed_into_a_field_is_text_not_a_shortcut()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("cards");
        await PageMetrics.WaitForInteractiveAsync(page);
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search cards" });

        await search.PressSequentiallyAsync("what?");

        await Assertions.Expect(search).ToHaveValueAsync("what?");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Review_keys_do_nothing_while_the_shortcut_list_is_open()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("review?note=llm-basics");
        await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await PageMetrics.WaitForInteractiveAsync(page);
        await page.Locator(".review-front").First.WaitForAsync();

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter"); // on the focused close button: closes the list, not "show answer"
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(0, await page.Locator(".review-back").CountAsync());
    }
}
