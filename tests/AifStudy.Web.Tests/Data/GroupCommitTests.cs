using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Data;

/// <summary>
/// The write path on a real SQLite file: ratings that arrive while a commit is in flight share the next transaction,
/// each is acknowledged only once its group committed, and a unit that fails is rolled back alone. The writer is held
/// open by a unit of the test's, so what arrives during a commit does not depend on the machine's speed.
/// </summary>
public sealed class GroupCommitTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Ratings_that_arrive_during_a_commit_go_into_the_next_one_and_each_is_acknowledged_after_it()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var writes = harness.Services.GetRequiredService<GroupCommit>();
        var cards = await CardIdsAsync(harness);
        Assert.True(cards.Count >= 30);

        // The writer is busy with the test's unit while 30 ratings arrive.
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = writes.RunAsync(async (_, _) => { started.SetResult(); await hold.Task; return 0; });
        await started.Task.WaitAsync(Bound);
        var commitsBefore = writes.Commits;

        var ratings = cards.Take(30).Select(id => harness.Recorder.RecordRatingAsync(Learner.DefaultId, id, Rating.Good)).ToList();
        // Each acknowledgement, as it comes, finds its log row in the file from another connection: it was committed.
        var seen = ratings.Select(r => r.ContinueWith(t => LogStoredAsync(harness, t.Result.ReviewLogId), TaskScheduler.Default).Unwrap()).ToList();
        await Task.Delay(50);
        Assert.All(ratings, r => Assert.False(r.IsCompleted));

        hold.SetResult();
        await held.WaitAsync(Bound);
        var results = await Task.WhenAll(ratings).WaitAsync(Bound);

        Assert.All(results, r => Assert.Equal(RateStatus.Recorded, r.Status));
        Assert.All(await Task.WhenAll(seen), Assert.True);
        Assert.Equal(30L, await CountAsync(harness, "SELECT COUNT(*) FROM ReviewLogs"));

        // The held unit's group, then one or two more for the 30 that queued behind it.
        Assert.InRange(writes.Commits - commitsBefore, 1, 3);
    }

    [Fact]
    public async Task A_unit_that_fails_is_rolled_back_alone_and_its_group_commits()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var writes = harness.Services.GetRequiredService<GroupCommit>();
        var cards = await CardIdsAsync(harness);

        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = writes.RunAsync(async (_, _) => { started.SetResult(); await hold.Task; return 0; });
        await started.Task.WaitAsync(Bound);

        var before = harness.Recorder.RecordRatingAsync(Learner.DefaultId, cards[0], Rating.Good);
        var failing = writes.RunAsync<int>(async (db, token) =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM ReviewLogs", token);
            throw new InvalidOperationException("this unit fails after writing");
        });
        var after = harness.Recorder.RecordRatingAsync(Learner.DefaultId, cards[1], Rating.Easy);
        hold.SetResult();

        await held.WaitAsync(Bound);
        Assert.Equal(RateStatus.Recorded, (await before.WaitAsync(Bound)).Status);
        Assert.Equal(RateStatus.Recorded, (await after.WaitAsync(Bound)).Status);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Bound));
        Assert.Equal("this unit fails after writing", error.Message);
        Assert.Equal(2L, await CountAsync(harness, "SELECT COUNT(*) FROM ReviewLogs"));
    }

    private static async Task<List<int>> CardIdsAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private static async Task<bool> LogStoredAsync(ReviewHarness harness, long logId) =>
        await CountAsync(harness, $"SELECT COUNT(*) FROM ReviewLogs WHERE Id = {logId}") == 1;

    private static async Task<long> CountAsync(ReviewHarness harness, string sql)
    {
        await using var connection = new SqliteConnection(harness.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
