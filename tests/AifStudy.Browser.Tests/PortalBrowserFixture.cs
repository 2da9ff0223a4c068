using AifStudy.Tests.Shared;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests;

/// <summary>One portal and one browser for all browser tests; each test opens its own page.</summary>
public sealed class PortalBrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// A note that tries every way a user file could run script. Every payload that ran would set <c>window.__xss</c>
    /// (to its own name), log "xss", or open a dialog.
    /// </summary>
    public const string HostileNote = """
        # Hostile note

        <script>window.__xss = 'script'; console.log('xss script')</script>

        <img src=x onerror="window.__xss = 'img-onerror'">

        <div onmouseover="window.__xss = 'div-onmouseover'">hover me</div>

        [click me](javascript:window.__xss='markdown-javascript-link')

        <a href="javascript:window.__xss='html-javascript-link'">javascript anchor</a>

        <a href="data:text/html,<script>opener.__xss='data-link'</script>">data link</a>

        ![data image](data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss='data-svg'"/>)

        <iframe src="data:text/html,<script>parent.__xss='iframe-data'</script>"></iframe>

        <iframe srcdoc="<script>parent.__xss='iframe-srcdoc'</script>"></iframe>

        <object data="javascript:window.__xss='object'"></object><embed src="javascript:window.__xss='embed'">

        <svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss='svg-onload'"><script>window.__xss='svg-script'</script><a href="javascript:window.__xss='svg-link'"><text y="20">svg link</text></a></svg>

        <math><mtext><table><mglyph><style><img src=x onerror="window.__xss='mxss-math'"></style></mglyph></table></mtext></math>

        <noscript><p title="</noscript><img src=x onerror=window.__xss='mxss-noscript'>"></p></noscript>

        <form action="javascript:window.__xss='form'"><button>submit</button></form>

        <meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta-refresh'">

        ![svg file](evil.svg)

        ```mermaid
        %%{init: {"securityLevel": "loose", "startOnLoad": true}}%%
        flowchart LR
            A["<img src=x onerror=window.__xss='mermaid-label'>Node A"] --> B[Node B]
            B --> C[Node C]
            click A call alert("mermaid-call")
            click B href "javascript:window.__xss='mermaid-href'"
            click C callback "Tooltip"
        ```

        Some text after the attempts.
        """;

    /// <summary>An SVG in the content folder with script in it: as an image it cannot run; opened directly, the CSP stops it.</summary>
    public const string HostileSvg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="document.documentElement.setAttribute('data-xss', 'svg-onload')">
          <script>document.documentElement.setAttribute('data-xss', 'svg-script')</script>
          <rect width="40" height="40" fill="teal"/>
        </svg>
        """;

    /// <summary>Records every Content-Security-Policy violation a page reports, in <c>window.__cspViolations</c>.</summary>
    private const string CspRecorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '(inline)') + ' ' + (e.sourceFile || '')));
        """;

    private IPlaywright? _playwright;
    private PortalHost? _portal;

    internal PortalHost Portal => _portal ?? throw new InvalidOperationException("Fixture not started.");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>A note of three definitions, each a card: a review session of it alone runs into their learning steps.</summary>
    public const string LearnAheadSlug = "learn-ahead";

    private const string LearnAheadNote = """
        # Learn ahead

        ## Terms

        - **Tokenizer**: the component that splits raw text into tokens before a language model reads it.
        - **Embedding**: a vector of numbers that stands for the meaning of a token or a text.
        - **Temperature**: the sampling setting that controls how random a language model's output is.
        """;

    public Uri BaseAddress => Portal.BaseAddress;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            return;
        }

        var notes = new Dictionary<string, string>(Notes.ClobberingNotes.Files) { ["hostile-note.md"] = HostileNote, [LearnAheadSlug + ".md"] = LearnAheadNote };
        _portal = PortalHost.Start(
            notes,
            new Dictionary<string, byte[]> { ["evil.svg"] = System.Text.Encoding.UTF8.GetBytes(HostileSvg) });
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
        await context.AddInitScriptAsync(CspRecorder);
        return await context.NewPageAsync();
    }

    /// <summary>The policy violations the page reported so far (see <see cref="CspRecorder"/>).</summary>
    public static async Task<string[]> CspViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("window.__cspViolations ?? []");
}

[CollectionDefinition(Name)]
public sealed class PortalBrowserGroup : ICollectionFixture<PortalBrowserFixture>
{
    public const string Name = "portal+browser";
}
