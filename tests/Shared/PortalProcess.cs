using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace AifStudy.Tests.Shared;

/// <summary>
/// The portal as a real child process (<c>dotnet AifStudy.Web.dll</c>, the build of the same configuration as the
/// caller) on a free loopback port, with its own content folder and SQLite file, so that it can be killed for real.
/// </summary>
internal sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(string contentDir, string dbPath, string environment, IEnumerable<string> settings)
    {
        var dll = WebDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Study=Data Source={dbPath}", $"--Content:Path={contentDir}" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_gcServer"] = "0";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        _ = _process.WaitForExitAsync().ContinueWith(_ => _listening.TrySetException(
            new InvalidOperationException("The portal exited before it listened:\n" + Output)), TaskScheduler.Default);
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Set once the portal listens (at once: the start-up import runs in the background).</summary>
    public Task<Uri> Listening => _listening.Task;

    /// <summary>Starts the portal; it applies migrations, listens, and imports <paramref name="contentDir"/> in the background.</summary>
    /// <param name="settings">More command-line settings, such as <c>--Content:ImportCacheMebibytes=1</c>.</param>
    public static PortalProcess Start(string contentDir, string dbPath, string environment = "Production", params string[] settings) =>
        new(contentDir, dbPath, environment, settings);

    /// <summary>Waits until the portal listens and returns its address.</summary>
    public async Task<Uri> WaitUntilListeningAsync(TimeSpan timeout) => await Listening.WaitAsync(timeout);

    /// <summary>
    /// Waits until the portal listens and its start-up import has ended (<c>/healthz</c> no longer says "importing"),
    /// and returns its address.
    /// </summary>
    public async Task<Uri> WaitUntilImportedAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var address = await Listening.WaitAsync(cancel.Token);
        using var client = new HttpClient { BaseAddress = address };
        while (true)
        {
            var health = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), cancel.Token);
            if (!health.Contains("importing", StringComparison.Ordinal))
            {
                return address;
            }

            await Task.Delay(50, cancel.Token);
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static string WebDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var dll = Path.Combine(TestPaths.WebProject, "bin", configuration, "net10.0", "AifStudy.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the portal first ({configuration}).", dll);
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
