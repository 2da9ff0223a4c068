using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AifStudy.Tests.Shared;

/// <summary>
/// The real portal on a real Kestrel port, over a temporary copy of content/ (plus any extra notes a test adds)
/// and a temporary SQLite file. Content is imported on start, as in production.
/// </summary>
internal sealed class PortalHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private PortalHost(string workDir, WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        WorkDir = workDir;
        _factory = factory;
        BaseAddress = baseAddress;
    }

    public string WorkDir { get; }

    public string ContentDir => Path.Combine(WorkDir, "content");

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _factory.Services;

    public static PortalHost Start(IReadOnlyDictionary<string, string>? extraNotes = null)
    {
        var workDir = Path.Combine(Path.GetTempPath(), "aifstudy-" + Guid.NewGuid().ToString("N"));
        var contentDir = Path.Combine(workDir, "content");
        Directory.CreateDirectory(contentDir);
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(contentDir, Path.GetRelativePath(TestPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var (name, text) in extraNotes ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(contentDir, name), text);
        }

        var dbPath = Path.Combine(workDir, "study.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Development: static web assets (blazor.web.js, mermaid, css) are served from the project, as under dotnet run.
            builder.UseEnvironment("Development");
            builder.UseSetting("Content:Path", contentDir);
            builder.UseSetting("ConnectionStrings:Study", $"Data Source={dbPath}");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var baseAddress = factory.ClientOptions.BaseAddress;
        return new PortalHost(workDir, factory, baseAddress);
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
