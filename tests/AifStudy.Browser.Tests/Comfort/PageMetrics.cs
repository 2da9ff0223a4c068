using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Comfort;

/// <summary>What the comfort tests read off a page: readiness, sideways overflow and painted colours.</summary>
internal static class PageMetrics
{
    /// <summary>Waits until the circuit is interactive: the layout's shortcut list has attached its key listener.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.Locator("html[data-shortcut-help=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>How far the page is wider than the window (0 when nothing scrolls sideways).</summary>
    public static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - window.innerWidth");

    /// <summary>Relative luminance (0 black .. 1 white) of an element's computed CSS colour property.</summary>
    public static Task<double> LuminanceAsync(IPage page, string selector, string property = "background-color") =>
        page.EvaluateAsync<double>(
            """
            ([selector, property]) => {
                const value = getComputedStyle(document.querySelector(selector)).getPropertyValue(property);
                const canvas = document.createElement('canvas').getContext('2d');
                canvas.fillStyle = value;
                canvas.fillRect(0, 0, 1, 1);
                const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
                const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
                return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
            }
            """,
            new[] { selector, property });
}
