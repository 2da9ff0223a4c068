using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Tests.Shared;

/// <summary>
/// The real portal on a real Kestrel port, over a temporary copy of content/ (plus any extra notes and files, such as
/// images, a test adds) and a temporary SQLite file. Content is imported on start, as in production.
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

    /// <param name="extraNotes">Notes to add, by path relative to the content folder.</param>
    /// <param name="extraFiles">Other files to add (images), by path relative to the content folder.</param>
    /// <param name="settings">Configuration that replaces the defaults (such as <c>ConnectionStrings:Study</c>).</param>
    /// <param name="waitForImport">Whether to return only once the start-up import has ended.</param>
    /// <param name="beforeReadingFile">The importer's test seam, set before the start-up import begins.</param>
    public static PortalHost Start(
        IReadOnlyDictionary<string, string>? extraNotes = null,
        IReadOnlyDictionary<string, byte[]>? extraFiles = null,
        IReadOnlyDictionary<string, string>? settings = null,
        bool waitForImport = true,
        Func<string, Task>? beforeReadingFile = null)
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
            WriteFile(Path.Combine(contentDir, name), System.Text.Encoding.UTF8.GetBytes(text));
        }

        foreach (var (name, bytes) in extraFiles ?? new Dictionary<string, byte[]>())
        {
            WriteFile(Path.Combine(contentDir, name), bytes);
        }

        var dbPath = Path.Combine(workDir, "study.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            // Production, as `dotnet run` starts it (launchSettings.json's first profile): what a user gets is what is tested.
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", contentDir);
            builder.UseSetting("ConnectionStrings:Study", $"Data Source={dbPath}");
            // Tests that write notes import them when they choose; LiveReloadTests switch the watcher on.
            builder.UseSetting("Content:Watch", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }

            if (beforeReadingFile is not null)
            {
                builder.ConfigureTestServices(services => services.AddSingleton(provider =>
                {
                    var importer = ActivatorUtilities.CreateInstance<AifStudy.Web.Services.Import.ContentImporter>(provider);
                    importer.BeforeReadingFile = beforeReadingFile;
                    return importer;
                }));
            }
        });
        // Not UseKestrel(0): on a factory made by WithWebHostBuilder the port is applied by the parent factory,
        // which has none, so every host would bind the default 127.0.0.1:5000 and a second one would fail to start.
        factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        // The start-up import runs in the background once the portal listens; tests start from the imported notes
        // (ImportProgressTests look at the portal during an import).
        if (waitForImport)
        {
            factory.Services.GetRequiredService<AifStudy.Web.Services.Import.ImportProgress>().StartupImport.WaitAsync(TimeSpan.FromMinutes(5)).GetAwaiter().GetResult();
        }

        var baseAddress = factory.ClientOptions.BaseAddress;
        return new PortalHost(workDir, factory, baseAddress);
    }

    public string DatabasePath => Path.Combine(WorkDir, "study.db");

    /// <summary>A count read straight from the portal's SQLite file.</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
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

    private static void WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
