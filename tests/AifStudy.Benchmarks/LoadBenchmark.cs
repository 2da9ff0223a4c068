using System.Globalization;
using AifStudy.Tests.Shared;

namespace AifStudy.Benchmarks;

/// <summary>
/// Simulated learners reviewing cards and answering quiz questions over the JSON API against a real portal process
/// (Release) on loopback, then every acknowledged review checked against the ReviewLogs table and every acknowledged
/// quiz answer against the attempts' answered questions.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task RunAsync(int learnerCount, int seconds, int generatedNotes, TextWriter output)
    {
        var work = Path.Combine(Path.GetTempPath(), "aifstudy-load-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var content = Path.Combine(work, "content");
        CorpusGenerator.Write(content, generatedNotes);
        var dbPath = Path.Combine(work, "load.db");
        var connectionString = $"Data Source={dbPath};Pooling=False";

        await using var portal = PortalProcess.Start(content, dbPath);
        var address = await portal.WaitUntilImportedAsync(TimeSpan.FromMinutes(5));
        var learners = await LoadLearners.AddAsync(connectionString, learnerCount);
        var driver = new ReviewLoadDriver(address);
        var result = await driver.RunAsync(learners, TimeSpan.FromSeconds(seconds));

        // The ceiling on the same portal, right after: as many clients sending GET /healthz back to back.
        var ceiling = await driver.CeilingAsync(learnerCount, TimeSpan.FromSeconds(Math.Min(seconds, 15)));
        await portal.KillAsync();

        var stored = (await LoadLearners.ReviewLogsAsync(connectionString)).Where(l => learners.Contains(l.LearnerId)).ToHashSet();
        var acknowledged = result.Acknowledged.ToList();
        var lost = acknowledged.Count(a => !stored.Contains(a));
        var duplicates = acknowledged.Count - acknowledged.Distinct().Count();
        var answers = result.AcknowledgedAnswers.ToList();
        var storedAnswers = (await LoadLearners.QuizAnswersAsync(connectionString, learners)).ToHashSet();
        var lostAnswers = answers.Count(a => !storedAnswers.Contains(a));
        var duplicateAnswers = answers.Count - answers.Distinct().Count();
        var replaysNotStored = result.ReplayedAnswers.Count(r => !storedAnswers.Contains(r));
        var statuses = string.Join(", ", result.Statuses.OrderBy(s => s.Key.Request).ThenBy(s => s.Key.Status)
            .Select(s => $"{s.Key.Request} {(int)s.Key.Status}: {s.Value:N0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {learnerCount} learners for {result.Elapsed.TotalSeconds:0.0} s over {generatedNotes} generated notes, on {Environment.ProcessorCount} cores, .NET {Environment.Version}

            | requests | count | p50 | p95 | p99 |
            |---|---|---|---|---|
            {result.Summary()}

            ceiling (GET /healthz, {learnerCount} clients, same portal, right after): {ceiling.RequestsPerSecond:0} requests/s, p95 {ceiling.P95.TotalMilliseconds:0.0} ms; real calls at {result.Requests / result.Elapsed.TotalSeconds / ceiling.RequestsPerSecond:0.00} of it
            throughput: {result.Requests / result.Elapsed.TotalSeconds:0} requests/s, {acknowledged.Count / result.Elapsed.TotalSeconds:0} reviews/s, {answers.Count / result.Elapsed.TotalSeconds:0} quiz answers/s
            statuses: {statuses}
            5xx: {result.ServerErrors}, requests without a response: {result.Failures.Count}
            acknowledged reviews: {acknowledged.Count:N0}; ReviewLogs rows of these learners: {stored.Count:N0}; acknowledged but missing: {lost}; acknowledged twice: {duplicates}; rows never acknowledged: {stored.Count - acknowledged.Distinct().Count(stored.Contains)}
            quizzes started: {result.QuizzesStarted.Count:N0}; acknowledged quiz answers: {answers.Count:N0}; answered questions stored for these learners: {storedAnswers.Count:N0}; acknowledged but missing (or stored with another mark): {lostAnswers}; acknowledged twice: {duplicateAnswers}; stored never acknowledged: {storedAnswers.Count - answers.Distinct().Count(storedAnswers.Contains)}; retries replayed: {result.ReplayedAnswers.Count:N0} (not matching a stored answer: {replaysNotStored})
            """));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(work, recursive: true);
    }
}
