using System.Diagnostics;
using System.Globalization;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services;

namespace AifStudy.Benchmarks;

/// <summary>
/// The note page of the largest note: its server-side render time, then HTTP throughput and latency under concurrent
/// connections next to a static file of the same size served by the same portal process (a Release build run as a child process).
/// </summary>
internal static class NotePageBenchmark
{
    public static async Task RunAsync(int generatedNotes, int connections, int seconds, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-page-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var content = Path.Combine(work, "content");
        CorpusGenerator.Write(content, generatedNotes);
        foreach (var note in Directory.GetFiles(TestPaths.Content, "*.md"))
        {
            File.Copy(note, Path.Combine(content, Path.GetFileName(note)));
        }

        var largest = new DirectoryInfo(content).GetFiles("*.md").MaxBy(f => f.Length)!;
        var render = RenderTimes(File.ReadAllText(largest.FullName));

        await using var portal = PortalProcess.Start(content, Path.Combine(work, "page.db"));
        var address = await portal.WaitUntilImportedAsync(TimeSpan.FromMinutes(5));
        using var client = new HttpClient { BaseAddress = address };
        var slug = Path.GetFileNameWithoutExtension(largest.Name);
        var page = new Uri(address, $"/notes/{slug}");
        var first = Stopwatch.StartNew();
        var html = await client.GetByteArrayAsync(page);
        var firstMs = first.Elapsed.TotalMilliseconds;
        var single = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            await client.GetByteArrayAsync(page);
            single.Add(watch.Elapsed.TotalMilliseconds);
        }

        single.Sort();

        // Same byte count, served by the portal's static file middleware for files beside the notes.
        File.WriteAllBytes(Path.Combine(content, "same-size.png"), html);
        var file = new Uri(address, $"{ContentFiles.RequestPath}/same-size.png");
        var check = await client.GetByteArrayAsync(file);

        // Warm both up, then measure one after the other.
        await HttpLoad.RunAsync(page, connections, TimeSpan.FromSeconds(2));
        await HttpLoad.RunAsync(file, connections, TimeSpan.FromSeconds(2));
        var pageLoad = await HttpLoad.RunAsync(page, connections, TimeSpan.FromSeconds(seconds));
        var fileLoad = await HttpLoad.RunAsync(file, connections, TimeSpan.FromSeconds(seconds));
        await portal.KillAsync();

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            largest note: {largest.Name}, {largest.Length / 1024.0:0} KB markdown, page {html.Length / 1024.0:0} KB HTML (static twin {check.Length / 1024.0:0} KB), on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | server-side render of the largest note | time |
            |---|---|
            | parse + HTML + sanitise, uncached (median of 20) | {render.Median:0.0} ms |
            | first HTTP GET of the page (render, cache, Blazor prerender) | {firstMs:0.0} ms |
            | HTTP GET of the page, rendering cached (median of 50, one client) | {single[single.Count / 2]:0.0} ms |

            {connections} connections, {seconds} s each:

            | URL | requests | errors | req/s | MB/s | p50 | p95 | p99 |
            |---|---|---|---|---|---|---|---|
            {pageLoad.Row("note page")}
            {fileLoad.Row("static file, same size")}

            ratio note page / static file: {pageLoad.RequestsPerSecond / fileLoad.RequestsPerSecond:0.00} (throughput), {pageLoad.Percentile(0.95) / fileLoad.Percentile(0.95):0.0}x (p95 latency)
            """));

        Directory.Delete(work, recursive: true);
    }

    private static (double Median, double First) RenderTimes(string markdown)
    {
        var parser = new NoteParser();
        var sanitizer = new ContentHtmlSanitizer();
        var samples = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var watch = Stopwatch.StartNew();
            var parsed = parser.Parse(markdown);
            sanitizer.Sanitize(NoteHtmlRenderer.Render(parsed, _ => null), "notes/x");
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        var first = samples[0];
        samples.RemoveAt(0);
        samples.Sort();
        return (samples[samples.Count / 2], first);
    }
}
