using System.Diagnostics;
using System.Globalization;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Extensions;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Quizzes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AifStudy.Benchmarks;

/// <summary>
/// The unscoped quiz set-up at several corpus sizes: what <c>/quiz</c> asks of the services when it opens (the scope
/// list, the open exam, the mistakes count) and when Start is pressed, and what <c>POST /api/quiz</c> without a scope
/// asks (label, start). Cold is the first call of a fresh host after the import; warm the median of later calls. The
/// reference is a quiz over one note in the same run: the least a start can cost.
/// </summary>
internal static class QuizSetupBenchmark
{
    private const int Questions = 10;

    public static async Task RunAsync(IReadOnlyList<int> sizes, int rounds, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-quiz-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var rows = new List<Row>();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"on {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Questions} questions per quiz, warm = median of {rounds}"));
        foreach (var size in sizes)
        {
            var content = Path.Combine(work, $"content-{size}");
            var database = Path.Combine(work, $"quiz-{size}.db");
            CorpusGenerator.Write(content, size);
            var import = await ImportAsync(content, database);
            if (rows.Count == 0)
            {
                // JIT (up to its optimised tier) and EF Core's first queries belong to no corpus size: paid on the first
                // database, in a host of its own.
                using var warmUp = Build(content, database);
                for (var i = 0; i < 5; i++)
                {
                    await PageSetupAsync(warmUp.Services);
                    await StartAsync(warmUp.Services, StudyScope.All, 900 + i);
                }
            }

            rows.Add(await MeasureAsync(content, database, size, rounds, import));
            output.WriteLine(rows[^1].Line());
            SqliteConnection.ClearAllPools();
        }

        output.WriteLine();
        output.WriteLine("wall ms (CPU ms in brackets)");
        output.WriteLine();
        output.WriteLine("| notes | import | page set-up cold | page set-up warm | start from the page | API start cold | API start warm | one-note start (reference) | retained by the cold set-up |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            output.WriteLine(row.Markdown());
        }

        if (rows.Count > 1)
        {
            var (small, large) = (rows[0], rows[^1]);
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratio {large.Notes}/{small.Notes} notes, wall (CPU): page set-up warm {Ratio(large.PageWarm, small.PageWarm)}, API start warm {Ratio(large.ApiWarm, small.ApiWarm)}, page set-up cold {Ratio(large.PageCold, small.PageCold)}, API start cold {Ratio(large.ApiCold, small.ApiCold)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"API start warm / one-note start, wall (CPU): {string.Join(", ", rows.Select(r => $"{r.Notes} notes {Ratio(r.ApiWarm, r.OneNote)}"))}"));
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }

    private static async Task<Row> MeasureAsync(string content, string database, int size, int rounds, Ms import)
    {
        string firstSlug;
        Ms pageCold, startFromPage, pageWarm;
        double retainedMb;
        using (var host = Build(content, database))
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            pageCold = await TimeAsync(() => PageSetupAsync(host.Services));
            retainedMb = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1024.0 / 1024.0;
            startFromPage = await TimeAsync(() => StartAsync(host.Services, StudyScope.All, 1000));
            pageWarm = await MedianAsync(rounds, _ => PageSetupAsync(host.Services));
            await using var db = await host.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
            firstSlug = await db.Notes.OrderBy(n => n.Slug).Select(n => n.Slug).FirstAsync();
        }

        using (var host = Build(content, database))
        {
            var apiCold = await TimeAsync(() => StartAsync(host.Services, StudyScope.All, 2000));
            var apiWarm = await MedianAsync(rounds, i => StartAsync(host.Services, StudyScope.All, 1 + i));
            var oneNote = await MedianAsync(rounds, i => StartAsync(host.Services, StudyScope.ForNote(firstSlug), 100 + i));
            return new Row(size, import, pageCold, pageWarm, startFromPage, apiCold, apiWarm, oneNote, retainedMb);
        }
    }

    // What QuizPage.OnParametersSetAsync awaits.
    private static async Task PageSetupAsync(IServiceProvider services)
    {
        var pool = services.GetRequiredService<QuestionPool>();
        var scopes = await pool.GetScopesAsync();
        if (scopes.Count == 0 || scopes[0].QuestionCount == 0)
        {
            throw new InvalidOperationException("The corpus gives no questions.");
        }

        // The "Exam task statements" group, placed as the learner's corrections place the sections.
        await pool.GetTaskScopesAsync(await services.GetRequiredService<AifStudy.Web.Services.Exam.ExamPlacements>().ForDrawAsync(Learner.DefaultId));

        await services.GetRequiredService<QuizAttempts>().FindOpenExamAsync(Learner.DefaultId);
        await services.GetRequiredService<QuizStarter>().CountMistakesAsync(Learner.DefaultId);
    }

    // What POST /api/quiz awaits after the learner check (the page's Start skips the label: it has it).
    private static async Task StartAsync(IServiceProvider services, StudyScope scope, int seed)
    {
        var label = await services.GetRequiredService<QuestionPool>().LabelAsync(scope) ?? throw new InvalidOperationException("No such scope.");
        var start = await services.GetRequiredService<QuizStarter>()
            .StartPracticeAsync(Learner.DefaultId, new QuizSetup(scope, Questions, QuizSetup.AllKinds), label, seed);
        if (start.QuestionCount != Questions)
        {
            throw new InvalidOperationException($"Asked for {Questions} questions, got {start.QuestionCount}.");
        }
    }

    private static async Task<Ms> ImportAsync(string content, string database)
    {
        using var host = Build(content, database);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await SqliteDatabaseProbe.EnableWriteAheadLogAsync(db, CancellationToken.None);
        }

        var ms = await TimeAsync(() => host.Services.GetRequiredService<ContentImporter>().ImportAsync());
        await host.Services.GetRequiredService<SqliteCheckpoints>().Pending;
        return ms;
    }

    // A fresh host has fresh singletons: whatever the quiz services keep in memory starts empty, as after a restart.
    private static IHost Build(string content, string database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration["Content:Path"] = content;
        builder.Configuration["Content:ImportOnStart"] = "false";
        builder.Configuration["ConnectionStrings:Study"] = $"Data Source={database}";
        builder.Logging.ClearProviders();
        builder.AddApplicationServices();
        return builder.Build();
    }

    private static string Ratio(Ms a, Ms b) => string.Create(CultureInfo.InvariantCulture, $"{a.Wall / b.Wall:0.00} ({a.Cpu / b.Cpu:0.00})");

    // Wall time suffers when other work shares the two cores; the process's CPU time much less.
    private static async Task<Ms> TimeAsync(Func<Task> action)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var watch = Stopwatch.StartNew();
        await action();
        return new Ms(watch.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
    }

    private static async Task<Ms> MedianAsync(int times, Func<int, Task> action)
    {
        var samples = new List<Ms>();
        for (var i = 0; i < times; i++)
        {
            samples.Add(await TimeAsync(() => action(i)));
        }

        return new Ms(samples.Select(s => s.Wall).Order().ElementAt(times / 2), samples.Select(s => s.Cpu).Order().ElementAt(times / 2));
    }

    /// <summary>Milliseconds of wall-clock and of process CPU time.</summary>
    private readonly record struct Ms(double Wall, double Cpu)
    {
        public override string ToString() => Wall < 100
            ? string.Create(CultureInfo.InvariantCulture, $"{Wall:0.0} ms ({Cpu:0.0})")
            : string.Create(CultureInfo.InvariantCulture, $"{Wall:0} ms ({Cpu:0})");
    }

    private sealed record Row(int Notes, Ms Import, Ms PageCold, Ms PageWarm, Ms StartFromPage, Ms ApiCold, Ms ApiWarm, Ms OneNote, double RetainedMb)
    {
        public string Markdown() => string.Create(CultureInfo.InvariantCulture,
            $"| {Notes:N0} | {Import.Wall / 1000:0.0} s | {PageCold} | {PageWarm} | {StartFromPage} | {ApiCold} | {ApiWarm} | {OneNote} | {RetainedMb:0.0} MB |");

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"{Notes} notes: import {Import}; page cold {PageCold}, warm {PageWarm}, start {StartFromPage}; API cold {ApiCold}, warm {ApiWarm}; one note {OneNote}; retained {RetainedMb:0.0} MB");
    }
}
