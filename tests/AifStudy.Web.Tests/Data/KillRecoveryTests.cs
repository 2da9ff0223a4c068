using AifStudy.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace AifStudy.Web.Tests.Data;

/// <summary>
/// The portal as a real process, killed with SIGKILL mid-work and started again on the same database: the file stays
/// consistent, an interrupted import is redone in full, and no acknowledged review is lost.
/// </summary>
public sealed class KillRecoveryTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    // A whole import of up to 1,200 notes on a busy machine: the bound only turns a hang into a failure (one CI run
    // needed more than two minutes), so it is wide.
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(10);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "aifstudy-kill-" + Guid.NewGuid().ToString("N")[..8]);

    private string DbPath => Path.Combine(_work, "study.db");

    private string ConnectionString => $"Data Source={DbPath};Pooling=False";

    [Fact]
    public async Task Killed_in_the_middle_of_an_import_the_database_is_consistent_and_the_import_completes_on_restart()
    {
        var content = Path.Combine(_work, "content");
        IReadOnlyList<string> notes = [];

        // Enough notes that the import is still running well after its first megabyte. Whether it is depends on the
        // machine (a fast one, or a slow poll on a busy one, can let it finish first): then the run is redone with twice
        // the notes on a fresh database, rather than failing for the machine's sake.
        var killed = false;
        var lastOutput = "";
        for (var count = 150; !killed && count <= 1200; count *= 2)
        {
            if (Directory.Exists(content))
            {
                Directory.Delete(content, recursive: true);
            }

            DeleteDatabase();
            notes = CorpusGenerator.Write(content, count);

            // A 1 MiB import cache: with the default 256 MB the whole import would stay in memory until its commit.
            await using var portal = PortalProcess.Start(content, DbPath, "Production", "--Content:ImportCacheMebibytes=1");

            // The portal listens at once and imports in the background, saying so on /healthz while it answers.
            var address = await portal.WaitUntilListeningAsync(StartTimeout);
            using var client = new HttpClient { BaseAddress = address };
            var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            var said = await health.Content.ReadAsStringAsync();
            Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);

            // The import writes tens of MB in one transaction: kill it once 1 MB is written.
            while (DatabaseBytes() < 1_000_000 && said.Contains("importing", StringComparison.Ordinal))
            {
                await Task.Delay(10);
                said = await client.GetStringAsync(new Uri("/healthz", UriKind.Relative));
            }

            await portal.KillAsync();
            lastOutput = portal.Output;

            // Killed mid-import when its run was never committed.
            killed = said.Contains("importing", StringComparison.Ordinal) && await ScalarAsync("SELECT COUNT(*) FROM ImportRuns") is 0L;
        }

        Assert.True(killed, "Every import finished before it could be killed, up to 1,200 notes:\n" + lastOutput);

        await using (var restarted = PortalProcess.Start(content, DbPath))
        {
            await restarted.WaitUntilImportedAsync(ImportTimeout);
            await restarted.KillAsync();
        }

        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check"));
        Assert.Equal((long)notes.Count, await ScalarAsync("SELECT COUNT(*) FROM Notes"));
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM ImportRuns"));
        Assert.Equal((long)notes.Count, await ScalarAsync("SELECT Added FROM ImportRuns"));
        Assert.Equal(0L, await ScalarAsync("SELECT Failed FROM ImportRuns"));
        Assert.Equal(await ScalarAsync("SELECT SUM(SectionCount) FROM Notes"), await ScalarAsync("SELECT COUNT(*) FROM Sections"));
    }

    [Fact]
    public async Task Killed_in_the_middle_of_a_stream_of_reviews_every_acknowledged_review_is_there_after_restart()
    {
        Directory.CreateDirectory(_work);
        ReviewLoadResult result;
        IReadOnlyList<int> learners;
        await using (var portal = PortalProcess.Start(TestPaths.Content, DbPath))
        {
            var address = await portal.WaitUntilImportedAsync(ImportTimeout);
            learners = await LoadLearners.AddAsync(ConnectionString, 8);
            var driver = new ReviewLoadDriver(address);
            using var stop = new CancellationTokenSource();
            var run = driver.RunAsync(learners, TimeSpan.FromSeconds(60), stop.Token);

            // Kill once the stream is flowing; the learners keep sending for a moment into the dead port.
            while (driver.Result.Acknowledged.Count < 40 && !run.IsCompleted)
            {
                await Task.Delay(5);
            }

            await portal.KillAsync();
            stop.CancelAfter(TimeSpan.FromMilliseconds(300));
            result = await run;
        }

        Assert.True(result.Acknowledged.Count >= 40, $"only {result.Acknowledged.Count} reviews before the kill:\n{string.Join('\n', result.Failures.Take(5))}");
        Assert.NotEmpty(result.Failures);
        Assert.Equal(0, result.ServerErrors);

        await using (var restarted = PortalProcess.Start(TestPaths.Content, DbPath))
        {
            await restarted.WaitUntilImportedAsync(ImportTimeout);
            await restarted.KillAsync();
        }

        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check"));
        var stored = (await LoadLearners.ReviewLogsAsync(ConnectionString)).Where(l => learners.Contains(l.LearnerId)).ToHashSet();
        var lost = result.Acknowledged.Except(stored).ToList();
        Assert.Empty(lost);

        // A rating in flight at the kill may have been stored without its answer reaching the client: at most one per learner.
        Assert.InRange(stored.Count, result.Acknowledged.Count, result.Acknowledged.Count + learners.Count);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DbPath, DbPath + "-wal", DbPath + "-shm", DbPath + "-journal" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private long DatabaseBytes() =>
        new[] { DbPath, DbPath + "-wal", DbPath + "-journal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
