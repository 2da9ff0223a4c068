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

    /// <summary>Images reached through symbolic links made by <see cref="InitializeAsync"/>: inside the folder and out of it.</summary>
    public const string LinksNote = """
        # Links

        ![inside](./links/inside.png) ![chain](./links/chain.png) ![via-folder](./links/img-folder/diagram.png)

        ![passwd](./links/passwd.png) ![database](./links/database.png) ![chain-out](./links/chain-out.png)
        ![folder-out](./links/up/outside.png) ![loop](./links/loop.png) ![folder-named-png](./links/folder.png)
        """;

    /// <summary>The alt texts of the images in <see cref="LinksNote"/> whose links lead out of the folder or nowhere.</summary>
    public static readonly string[] RefusedLinks = ["passwd", "database", "chain-out", "folder-out", "loop", "folder-named-png"];

    private PortalHost? _host;

    internal PortalHost Host => _host ?? throw new InvalidOperationException("The portal has not started.");

    public HttpClient CreateClient() => Host.CreateClient();

    public Task InitializeAsync()
    {
        _host = PortalHost.Start(
            new Dictionary<string, string> { ["pics.md"] = PicturesNote, ["links.md"] = LinksNote },
            new Dictionary<string, byte[]> { ["img/diagram.png"] = TinyPng.Bytes });

        // An image one folder above the content folder: servable by type, but not by place.
        File.WriteAllBytes(Path.Combine(_host.WorkDir, OutsideImage), TinyPng.Bytes);
        MakeLinks(Path.Combine(_host.ContentDir, "links"), _host.WorkDir);
        return Task.CompletedTask;
    }

    private static void MakeLinks(string links, string workDir)
    {
        Directory.CreateDirectory(links);
        void Link(string name, string target) => File.CreateSymbolicLink(Path.Combine(links, name), target);

        Link("inside.png", "../img/diagram.png");
        Link("chain.png", "inside.png");
        Directory.CreateSymbolicLink(Path.Combine(links, "img-folder"), "../img");
        // Padded so that a server reporting the link's own length would send the first few KB of the target.
        Link("passwd.png", "/etc/" + string.Concat(Enumerable.Repeat("./", 1500)) + "passwd");
        Link("database.png", Path.Combine(workDir, "study.db"));
        Link("chain-out.png", "passwd.png");
        Directory.CreateSymbolicLink(Path.Combine(links, "up"), workDir);
        Link("loop.png", "loop.png");
        Directory.CreateDirectory(Path.Combine(links, "real-folder"));
        Directory.CreateSymbolicLink(Path.Combine(links, "folder.png"), "real-folder");
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
