using AifStudy.Tests.Shared;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Notes;

/// <summary>An open note page follows its file: edited in place, and told when the file is deleted (its own portal, watching).</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class LiveReloadTests(PortalBrowserFixture fixture)
{
    private const int Bound = 30_000;

    [BrowserFact]
    public async Task An_open_note_page_shows_its_file_edited_and_then_deleted()
    {
        await using var portal = PortalHost.Start(
            new Dictionary<string, string> { ["live.md"] = "# Live note\n\n## Before\n\nThe first version of this note.\n" },
            settings: new Dictionary<string, string> { ["Content:Watch"] = "true" });
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = portal.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("notes/live");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Assertions.Expect(page.Locator("[data-testid=note-body]")).ToContainTextAsync("The first version");

        // Saved by an editor: the page changes in place, contents included, without a reload.
        await page.EvaluateAsync("() => window.__sameDocument = true");
        await File.WriteAllTextAsync(Path.Combine(portal.ContentDir, "live.md"), "# Live note\n\n## After\n\nThe second version, saved while the page was open.\n");
        await Assertions.Expect(page.Locator("[data-testid=note-body]")).ToContainTextAsync("The second version", new() { Timeout = Bound });
        await Assertions.Expect(page.Locator("aside.toc")).ToContainTextAsync("After");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshots.SaveAsync(page, "note-live-reloaded");

        File.Delete(Path.Combine(portal.ContentDir, "live.md"));
        await Assertions.Expect(page.Locator("[data-testid=note-removed]")).ToContainTextAsync("was removed from the content folder", new() { Timeout = Bound });
        await Screenshots.SaveAsync(page, "note-live-removed");
        await context.CloseAsync();
    }
}
