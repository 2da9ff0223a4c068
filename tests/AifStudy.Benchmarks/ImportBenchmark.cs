using System.Diagnostics;
using System.Globalization;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Extensions;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AifStudy.Benchmarks;

/// <summary>Import, parse and render timings on a generated corpus, with a real SQLite file.</summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(int noteCount, bool keep, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var content = Path.Combine(work, "content");
        var files = CorpusGenerator.Write(content, noteCount);
        var megabytes = files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration["Content:Path"] = content;
        builder.Configuration["Content:ImportOnStart"] = "false";
        builder.Configuration["ConnectionStrings:Study"] = $"Data Source={Path.Combine(work, "bench.db")}";
        builder.Logging.ClearProviders();
        builder.AddApplicationServices();
        using var host = builder.Build();
        var services = host.Services;
        await using (var db = await services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            // As the portal's start-up does (StudyDatabaseInitializer): the import runs against a write-ahead log.
            await SqliteDatabaseProbe.EnableWriteAheadLogAsync(db, CancellationToken.None);
        }

        var importer = services.GetRequiredService<ContentImporter>();
        var cpuBefore = CpuTime();
        var cold = await TimeAsync(() => importer.ImportAsync());
        var coldCpu = CpuTime() - cpuBefore;
        var importPeakMb = PeakWorkingSetMb();
        var phases = importer.LastTimings!;
        // The log's copy into the database file runs after the commit, in the background: timed apart, and done before
        // anything else is measured.
        var checkpoint = await TimeAsync(() => services.GetRequiredService<SqliteCheckpoints>().Pending);
        int sectionCount, cardCount;
        await using (var db = await services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync())
        {
            sectionCount = await db.Sections.CountAsync();
            cardCount = await db.Cards.CountAsync();
        }

        var databaseMb = new FileInfo(Path.Combine(work, "bench.db")).Length / 1024 / 1024;

        var unchanged = await RepeatAsync(5, _ => importer.ImportAsync());
        var oneChanged = await RepeatAsync(5, i =>
        {
            File.AppendAllText(files[i], $"\n- edit {i}\n");
            return importer.ImportAsync();
        });

        var parser = services.GetRequiredService<NoteParser>();
        var texts = files.Select(File.ReadAllText).ToArray();
        var throughput = ParseThroughput.Measure(parser, texts);
        var parse = throughput.Ours;
        var sanitizer = services.GetRequiredService<ContentHtmlSanitizer>();
        var parsed = texts.Select(t => parser.Parse(t)).ToArray();
        var render = Time(() => Array.ForEach(parsed, p => sanitizer.Sanitize(NoteHtmlRenderer.Render(p, _ => null), "notes/x")));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            corpus: {noteCount} notes, {sectionCount:N0} sections, {cardCount:N0} cards, {megabytes:0.0} MB, on {Environment.ProcessorCount} cores, .NET {Environment.Version}
            cold import phases (wall): {phases}

            | measurement | result |
            |---|---|
            | cold import (parse + insert + search index, one transaction) | {cold.TotalMilliseconds:0} ms ({noteCount / cold.TotalSeconds:0} notes/s), {coldCpu.TotalSeconds:0.0} s CPU |
            | then the WAL checkpoint in the background (copying the log into the database file) | {checkpoint.TotalMilliseconds:0} ms |
            | database file after the cold import | {databaseMb} MB |
            | re-import, nothing changed (median of 5) | {unchanged.TotalMilliseconds:0} ms |
            | re-import, one file changed (median of 5) | {oneChanged.TotalMilliseconds:0} ms |
            | parse only: our NoteParser (best of {ParseThroughput.Rounds}) | {parse.TotalMilliseconds / noteCount:0.00} ms/note ({megabytes / parse.TotalSeconds:0.0} MB/s) |
            | parse only: bare `Markdig.Markdown.Parse` (default pipeline) | {megabytes / throughput.BareMarkdig.TotalSeconds:0.0} MB/s |
            | parse only: `Markdig.Markdown.Parse` with our pipeline | {megabytes / throughput.OurPipeline.TotalSeconds:0.0} MB/s |
            | ratio ours / bare Markdig (target ≥ 0.5) | {throughput.Ratio:0.00} |
            | render + sanitise | {render.TotalMilliseconds / noteCount:0.00} ms/note |
            | peak working set after the cold import | {importPeakMb} MB |
            """));

        SqliteConnection.ClearAllPools();
        if (keep)
        {
            output.WriteLine($"kept: {work}");
        }
        else
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024 / 1024;
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RepeatAsync(int times, Func<int, Task> action)
    {
        var samples = new List<TimeSpan>();
        for (var i = 0; i < times; i++)
        {
            samples.Add(await TimeAsync(() => action(i)));
        }

        return samples.Order().ElementAt(times / 2);
    }
}
