using Microsoft.Playwright;

namespace AifStudy.Browser.Tests;

/// <summary>Saves screenshots under the test output folder (screenshots/), for people to look at.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static Task SaveAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = fullPage });
    }
}
