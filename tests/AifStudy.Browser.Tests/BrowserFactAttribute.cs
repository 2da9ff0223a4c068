namespace AifStudy.Browser.Tests;

/// <summary>
/// A test that needs Chromium. Without /usr/bin/chromium it is skipped with the reason, unless
/// AIFSTUDY_REQUIRE_BROWSER=1 (as in CI), where it runs and fails loudly instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            var reason = $"Chromium not found at {Chromium.ExecutablePath}: install it (apt-get install -y chromium fonts-noto-cjk) to run browser tests.";
            Skip = reason;
        }
    }
}
