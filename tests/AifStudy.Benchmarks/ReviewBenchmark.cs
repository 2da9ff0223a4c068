using System.Diagnostics;
using System.Globalization;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Benchmarks;

/// <summary>NextAsync and RateAsync latencies on a large generated review history in a real SQLite file.</summary>
internal static class ReviewBenchmark
{
    public static async Task RunAsync(int cardCount, int logCount, int calls, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-review-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(work, "review.db") }.ToString();
        var options = new DbContextOptionsBuilder<StudyDbContext>().UseSqlite(connectionString).Options;
        var factory = new ContextFactory(options);
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }

        var now = DateTimeOffset.UtcNow;
        var fill = Stopwatch.StartNew();
        ReviewDataGenerator.Fill(connectionString, cardCount, logCount, now);
        fill.Stop();

        // The generator writes logs around the recorder, as a database from before the day totals has them: the
        // start-up recount (StudyDatabaseInitializer) gives their days, timed here.
        var recount = Stopwatch.StartNew();
        await using (var db = factory.CreateDbContext())
        {
            await ReviewDayTotals.RebuildIfOutOfStepAsync(db, TimeProvider.System);
        }

        recount.Stop();

        var cursors = new NewCardCursors();
        var queue = new ReviewQueue(factory, cursors, new AifStudy.Web.Services.Exam.ExamPlacements(factory, TimeProvider.System), TimeProvider.System);
        using var recorder = new ReviewRecorder(factory, cursors, TimeProvider.System);
        if (Environment.GetEnvironmentVariable("BENCH_NOBURY") == "1")
        {
            await new LearnerSettingsService(factory).SaveAsync(new LearnerSettings { LearnerId = Learner.DefaultId, BurySiblings = false });
        }

        var next = new List<double>();
        var rate = new List<double>();
        for (var i = 0; i < calls + 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var card = await queue.NextAsync(Learner.DefaultId, StudyScope.All) ?? throw new InvalidOperationException("The queue ran dry.");
            var nextTime = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            await recorder.RateAsync(Learner.DefaultId, card.CardId, i % 10 == 0 ? Rating.Again : Rating.Good);
            var rateTime = watch.Elapsed.TotalMilliseconds;
            if (i >= 20)
            {
                next.Add(nextTime);
                rate.Add(rateTime);
            }
        }

        var counts = new List<double>();
        for (var i = 0; i < 25; i++)
        {
            var watch = Stopwatch.StartNew();
            await queue.CountsAsync(Learner.DefaultId, StudyScope.All);
            counts.Add(watch.Elapsed.TotalMilliseconds);
        }

        var statistics = new StudyStatistics(factory, TimeProvider.System);
        var stats = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            await statistics.GetAsync(Learner.DefaultId, StudyScope.All);
            stats.Add(watch.Elapsed.TotalMilliseconds);
        }

        // New cards: the backlog cleared (nothing due for a year) and no daily limit, so each call skips the 120k studied
        // cards to the first new one in note order, which is then rated.
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = FormattableString.Invariant($"UPDATE CardProgress SET Due = Due + {TimeSpan.FromDays(400).Ticks}");
            await command.ExecuteNonQueryAsync();
        }

        await new LearnerSettingsService(factory).SaveAsync(new LearnerSettings { LearnerId = Learner.DefaultId, NewCardsPerDay = 100_000 });
        var fresh = new List<double>();
        var firstNew = 0.0;
        for (var i = 0; i < calls + 20; i++)
        {
            var watch = Stopwatch.StartNew();
            var card = await queue.NextAsync(Learner.DefaultId, StudyScope.All) ?? throw new InvalidOperationException("No new card.");
            firstNew = i == 0 ? watch.Elapsed.TotalMilliseconds : firstNew;
            if (i >= 20)
            {
                fresh.Add(watch.Elapsed.TotalMilliseconds);
            }

            if (!card.IsNew)
            {
                throw new InvalidOperationException("Expected a new card.");
            }

            await recorder.RateAsync(Learner.DefaultId, card.CardId, Rating.Good);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            review data: {cardCount:N0} cards, {logCount:N0} review logs, {(int)(cardCount * ReviewedDataShare)} progress rows, generated in {fill.Elapsed.TotalSeconds:0.0} s, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | call ({calls} each) | p50 | p95 | p99 |
            |---|---|---|---|
            {Row("NextAsync (due card)", next)}
            {Row("RateAsync", rate)}
            {Row("NextAsync (new card)", fresh)}
            {Row("CountsAsync (25 calls)", counts)}
            {Row("StudyStatistics.GetAsync (5 calls)", stats)}

            The first search for a new card in a scope skips every studied card ({firstNew:0} ms here); later ones start where it ended.
            Recounting the day totals from {logCount:N0} logs (once, at the first start after the upgrade): {recount.Elapsed.TotalMilliseconds:0} ms.
            """));

        SqliteConnection.ClearAllPools();
        if (Environment.GetEnvironmentVariable("AIFSTUDY_KEEP_BENCH_DB") is null)
        {
            Directory.Delete(work, recursive: true);
        }
        else
        {
            output.WriteLine("kept " + work);
        }
    }

    private const double ReviewedDataShare = ReviewDataGenerator.ReviewedShare;

    private static string Row(string name, List<double> samples)
    {
        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)(q * samples.Count))];
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {At(0.5):0.00} ms | {At(0.95):0.00} ms | {At(0.99):0.00} ms |");
    }

    private sealed class ContextFactory(DbContextOptions<StudyDbContext> options) : IDbContextFactory<StudyDbContext>
    {
        public StudyDbContext CreateDbContext() => new(options);
    }
}
