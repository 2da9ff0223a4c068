using Microsoft.Playwright;

namespace AifStudy.Browser.Tests;

/// <summary>The system Chromium, driven by Playwright (which cannot download its own browser here).</summary>
internal static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("AIFSTUDY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsRequired => Environment.GetEnvironmentVariable("AIFSTUDY_REQUIRE_BROWSER") == "1";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
        ],
    });
}
