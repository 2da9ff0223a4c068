using AifStudy.Tests.Shared;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests;

/// <summary>One portal and one browser for all browser tests; each test opens its own page.</summary>
public sealed class PortalBrowserFixture : IAsyncLifetime
{
    /// <summary>A note that tries every way a user file could run script.</summary>
    public const string HostileNote = """
        # Hostile note

        <img src=x onerror="window.__xss = (window.__xss || 0) + 1">

        <script>window.__xss = (window.__xss || 0) + 1</script>

        [click me](javascript:window.__xss=1)

        Some text after the attempts.
        """;

    private IPlaywright? _playwright;
    private PortalHost? _portal;

    internal PortalHost Portal => _portal ?? throw new InvalidOperationException("Fixture not started.");

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress => Portal.BaseAddress;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            return;
        }

        _portal = PortalHost.Start(new Dictionary<string, string> { ["hostile-note.md"] = HostileNote });
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
    }

    /// <summary>A page in a fresh context (own storage); <paramref name="colorScheme"/> emulates the system theme.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            BaseURL = BaseAddress.ToString(),
            ColorScheme = colorScheme,
        });
        return await context.NewPageAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalBrowserGroup : ICollectionFixture<PortalBrowserFixture>
{
    public const string Name = "portal+browser";
}
