using System.Threading.Channels;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Prepares items on a thread of its own, at most a given number ahead of the one reader, so that the import parses the
/// next files while it writes the last ones. The contract:
/// <list type="bullet">
/// <item>Order: one result per item, read in the items' order.</item>
/// <item>Memory: at most <c>capacity</c> results wait to be read; preparing waits for the reader beyond that.</item>
/// <item>A failure while preparing stops the preparing and is thrown by <see cref="NextAsync"/> after the results prepared
/// before it have been read. A failure of the reader is the reader's: it disposes the queue.</item>
/// <item>Cancellation: the token given to <see cref="Start"/> stops both sides; <see cref="NextAsync"/> then throws an
/// <see cref="OperationCanceledException"/>.</item>
/// <item>Disposal stops the preparing if it is still running (its token is cancelled) and waits for it to finish, so no
/// preparing outlives the queue. It throws nothing: a failure while preparing was <see cref="NextAsync"/>'s to report.</item>
/// </list>
/// </summary>
internal sealed class PrepareAheadQueue<T> : IAsyncDisposable
    where T : class
{
    private readonly ChannelReader<T> _results;
    private readonly CancellationTokenSource _stop;
    private readonly Task _preparing;

    private PrepareAheadQueue(ChannelReader<T> results, CancellationTokenSource stop, Task preparing) =>
        (_results, _stop, _preparing) = (results, stop, preparing);

    /// <summary>Starts preparing <paramref name="items"/> one after another with <paramref name="prepare"/> on a thread-pool thread.</summary>
    public static PrepareAheadQueue<T> Start<TItem>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<T>> prepare, int capacity, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var preparing = Task.Run(() => PrepareAllAsync(items, prepare, channel.Writer, stop.Token), stop.Token);
        return new PrepareAheadQueue<T>(channel.Reader, stop, preparing);
    }

    /// <summary>The next item's result, waiting for it to be prepared; null once every item's result has been read.</summary>
    public async ValueTask<T?> NextAsync()
    {
        while (await _results.WaitToReadAsync(_stop.Token))
        {
            if (_results.TryRead(out var next))
            {
                return next;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _preparing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private static async Task PrepareAllAsync<TItem>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<T>> prepare, ChannelWriter<T> results, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                await results.WriteAsync(await prepare(item, cancellationToken), cancellationToken);
            }

            results.Complete();
        }
        catch (Exception ex)
        {
            // The reader sees the failure after the results before it (or the cancellation, as an OperationCanceledException).
            results.Complete(ex);
            throw;
        }
    }
}
