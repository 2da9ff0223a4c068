using AifStudy.Tests.Shared;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Http;

/// <summary>One running portal per test class: the repository's notes plus a note with one present and one missing image.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string PicturesNote = """
        # Pictures

        ![diagram](./img/diagram.png)

        ![gone](./img/missing.png)

        ![up-two](../../etc/passwd) ![up-one](../outside.png) ![encoded](%2e%2e/outside.png) ![encoded-slash](..%2Foutside.png)
        ![absolute](/etc/passwd) ![absolute-png](/tmp/outside.png) ![file-url](file:///etc/passwd)
        ![backslash](..\outside.png) ![windows](C:\Windows\win.ini) ![unc](\\server\share\x.png)
        ![nested-up](img/../../outside.png)
        """;

    /// <summary>The alt texts of the images in <see cref="PicturesNote"/> that try to leave the content folder.</summary>
    public static readonly string[] EscapingImages =
        ["up-two", "up-one", "encoded", "encoded-slash", "absolute", "absolute-png", "file-url", "backslash", "windows", "unc", "nested-up"];

    public const string OutsideImage = "outside.png";

    private PortalHost? _host;

    internal PortalHost Host => _host ?? throw new InvalidOperationException("The portal has not started.");

    public HttpClient CreateClient() => Host.CreateClient();

    public Task InitializeAsync()
    {
        _host = PortalHost.Start(
            new Dictionary<string, string> { ["pics.md"] = PicturesNote },
            new Dictionary<string, byte[]> { ["img/diagram.png"] = TinyPng.Bytes });

        // An image one folder above the content folder: servable by type, but not by place.
        File.WriteAllBytes(Path.Combine(_host.WorkDir, OutsideImage), TinyPng.Bytes);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
