using AifStudy.Web.Services.Import;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>The import's two-thread queue keeps its contract: order, a bounded lead, failures and cancellation from either side.</summary>
public sealed class PrepareAheadQueueTests
{
    [Fact]
    public async Task Results_come_out_in_the_order_of_the_items_then_null()
    {
        await using var queue = PrepareAheadQueue<string>.Start(
            Enumerable.Range(1, 50), async (i, token) => { await Task.Delay(i % 3, token); return $"item {i}"; }, capacity: 4, CancellationToken.None);

        var read = new List<string>();
        while (await queue.NextAsync() is { } next)
        {
            read.Add(next);
        }

        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"item {i}"), read);
        Assert.Null(await queue.NextAsync());
    }

    [Fact]
    public async Task Preparing_runs_at_most_the_capacity_ahead_of_the_reader()
    {
        var prepared = 0;
        await using var queue = PrepareAheadQueue<string>.Start(
            Enumerable.Range(1, 100), (i, _) => { Interlocked.Increment(ref prepared); return Task.FromResult($"{i}"); }, capacity: 4, CancellationToken.None);

        Assert.Equal("1", await queue.NextAsync());
        for (var waited = 0; Volatile.Read(ref prepared) < 6 && waited < 10_000; waited += 10)
        {
            await Task.Delay(10);
        }

        await Task.Delay(100);

        // The one read, four waiting in the queue and one prepared, waiting for room.
        Assert.Equal(6, Volatile.Read(ref prepared));
    }

    [Fact]
    public async Task A_failure_while_preparing_reaches_the_reader_after_the_results_before_it()
    {
        await using var queue = PrepareAheadQueue<string>.Start(
            Enumerable.Range(1, 5), (i, _) => i == 3 ? throw new InvalidOperationException("item 3 broke") : Task.FromResult($"{i}"), capacity: 16, CancellationToken.None);

        Assert.Equal("1", await queue.NextAsync());
        Assert.Equal("2", await queue.NextAsync());
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(async () => await queue.NextAsync());
        Assert.Equal("item 3 broke", failure.Message);
    }

    [Fact]
    public async Task Cancelling_stops_the_preparing_and_the_reader()
    {
        using var cancel = new CancellationTokenSource();
        var prepared = 0;
        await using var queue = PrepareAheadQueue<string>.Start(
            Enumerable.Range(1, 1000),
            async (i, token) =>
            {
                if (Interlocked.Increment(ref prepared) == 3)
                {
                    await cancel.CancelAsync();
                }

                await Task.Delay(1, token);
                return $"{i}";
            },
            capacity: 16,
            cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (await queue.NextAsync() is not null)
            {
            }
        });
        Assert.Equal(3, Volatile.Read(ref prepared));
    }

    [Fact]
    public async Task Disposing_after_the_reader_gave_up_stops_the_preparing_and_waits_for_it()
    {
        var prepared = 0;
        var queue = PrepareAheadQueue<string>.Start(
            Enumerable.Range(1, 1000),
            async (i, token) =>
            {
                await Task.Delay(1, token);
                Interlocked.Increment(ref prepared);
                return $"{i}";
            },
            capacity: 2,
            CancellationToken.None);
        Assert.Equal("1", await queue.NextAsync());

        await queue.DisposeAsync();
        var afterDisposal = Volatile.Read(ref prepared);
        await Task.Delay(100);

        Assert.InRange(afterDisposal, 1, 4);
        Assert.Equal(afterDisposal, Volatile.Read(ref prepared));
    }
}
