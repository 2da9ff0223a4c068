using System.Diagnostics;
using System.Globalization;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Benchmarks;

/// <summary>SearchService latencies over a large generated index in a real SQLite file, by query length.</summary>
internal static class SearchBenchmark
{
    private static readonly (string Group, string[] Queries)[] QueryGroups =
    [
        ("1 char", ["模", "a", "量", "z"]),
        ("2 chars", ["微调", "ai", "嵌入", "zq"]),
        ("3+ chars", ["transformer", "基础模型", "機器學習", "fine-tuning bedrock", "量子纠缠", "zeppelin"]),
        ("mixed", ["RAG 检索", "ai 向量 embedding", "ml 量子纠缠"]),

        // Phrases found nowhere whose every bigram is common: the gram lookup narrows little and each candidate is checked.
        ("absent phrases", ["\"data model token bias cost\"", "\"the model the data the token\"", "\"bedrock sagemaker rag llm gpu\"", "模型训练推理数据向量嵌入"]),
    ];

    public static async Task RunAsync(int sectionCount, int rounds, TextWriter output)
    {
        // AIFSTUDY_SEARCH_BENCH_DIR=<folder kept by an earlier run> measures again without generating the data.
        var reuse = Environment.GetEnvironmentVariable("AIFSTUDY_SEARCH_BENCH_DIR");
        var work = reuse ?? Path.Combine(Path.GetTempPath(), "aifstudy-search-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(work, "search.db") }.ToString();
        // The portal's connection setup (pragmas), as the app opens connections.
        var options = new DbContextOptionsBuilder<StudyDbContext>().UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup()).Options;
        var factory = new ContextFactory(options);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var fill = Stopwatch.StartNew();
        if (reuse is null)
        {
            SearchDataGenerator.Fill(connectionString, sectionCount);
        }

        fill.Stop();

        var search = new SearchService(factory);

        // Wall time suffers when other work shares the cores; the process's CPU time (getrusage) per query much less.
        var lines = new List<string>();
        foreach (var (group, queries) in QueryGroups)
        {
            var samples = new List<double>();
            var cpu = new List<double>();
            var hits = new List<string>();
            foreach (var query in queries)
            {
                var total = 0;
                var own = new List<double>();
                for (var i = 0; i < rounds + 3; i++)
                {
                    var cpuBefore = Environment.CpuUsage.TotalTime;
                    var watch = Stopwatch.StartNew();
                    total = (await search.SearchAsync(query)).Total;
                    watch.Stop();
                    if (i >= 3)
                    {
                        cpu.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds);
                        samples.Add(watch.Elapsed.TotalMilliseconds);
                        own.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                own.Sort();
                hits.Add(string.Create(CultureInfo.InvariantCulture, $"`{query}` {total} ({own[own.Count / 2]:0.0} ms)"));
            }

            lines.Add(Row(group, samples) + Row(null, cpu) + " " + string.Join(", ", hits) + " |");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            search data: {sectionCount:N0} sections indexed in {fill.Elapsed.TotalSeconds:0.0} s, {rounds} rounds per query, limit 50, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | queries | p50 | p95 | p99 | CPU p50 | CPU p95 | hits per query (its median wall time) |
            |---|---|---|---|---|---|---|
            {string.Join(Environment.NewLine, lines)}
            """));

        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("AIFSTUDY_KEEP_BENCH_DB") is null && reuse is null)
        {
            Directory.Delete(work, recursive: true);
        }
        else
        {
            output.WriteLine("kept " + work);
        }
    }

    private static string Row(string? name, List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
        return name is null
            ? string.Create(CultureInfo.InvariantCulture, $" {At(0.5):0.00} ms | {At(0.95):0.00} ms |")
            : string.Create(CultureInfo.InvariantCulture, $"| {name} | {At(0.5):0.00} ms | {At(0.95):0.00} ms | {At(0.99):0.00} ms |");
    }

    private sealed class ContextFactory(DbContextOptions<StudyDbContext> options) : IDbContextFactory<StudyDbContext>
    {
        public StudyDbContext CreateDbContext() => new(options);
    }
}
