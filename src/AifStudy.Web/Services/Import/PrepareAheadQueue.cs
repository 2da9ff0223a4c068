using System.Threading.Channels;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Prepares items on a thread of its own, at most a given number ahead of the one reader, so that the import parses the
/// next files while it writes the last ones. Preparing has an ordered stage, run for one item after another, and an
/// optional finishing stage that runs for several items at once on the thread pool (the import's card generation, pure
/// and independent per file, on every core). The contract:
/// <list type="bullet">
/// <item>Order: one result per item, read in the items' order, whichever finishing ends first.</item>
/// <item>Memory: at most <c>capacity</c> results wait to be read (finished or finishing); preparing waits for the reader
/// beyond that.</item>
/// <item>A failure while preparing or finishing is thrown by <see cref="NextAsync"/> after the results of the items before
/// it have been read; a failure of the ordered stage stops the preparing. A failure of the reader is the reader's: it
/// disposes the queue.</item>
/// <item>Cancellation: the token given to <see cref="Start"/> stops both sides; <see cref="NextAsync"/> then throws an
/// <see cref="OperationCanceledException"/>.</item>
/// <item>Disposal stops the preparing if it is still running (its token is cancelled) and waits for it and every finishing
/// it started, so no preparing outlives the queue. It throws nothing: a failure while preparing was <see cref="NextAsync"/>'s to report.</item>
/// </list>
/// </summary>
internal sealed class PrepareAheadQueue<T> : IAsyncDisposable
    where T : class
{
    private readonly ChannelReader<Task<T>> _results;
    private readonly CancellationTokenSource _stop;
    private readonly Task _preparing;

    private PrepareAheadQueue(ChannelReader<Task<T>> results, CancellationTokenSource stop, Task preparing) =>
        (_results, _stop, _preparing) = (results, stop, preparing);

    /// <summary>Starts preparing <paramref name="items"/> one after another with <paramref name="prepare"/> on a thread-pool thread.</summary>
    public static PrepareAheadQueue<T> Start<TItem>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<T>> prepare, int capacity, CancellationToken cancellationToken) =>
        Begin(items, prepare, static (result, _) => Task.FromResult(result), capacity, cancellationToken);

    /// <summary>
    /// Starts preparing <paramref name="items"/>: <paramref name="prepare"/> one after another on a thread-pool thread, then
    /// <paramref name="finish"/> on each result as its own thread-pool work item, several at once.
    /// </summary>
    public static PrepareAheadQueue<T> Start<TItem, TStaged>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TStaged>> prepare, Func<TStaged, CancellationToken, T> finish, int capacity, CancellationToken cancellationToken) =>
        Begin(items, prepare, (staged, token) => Task.Run(() => finish(staged, token), token), capacity, cancellationToken);

    private static PrepareAheadQueue<T> Begin<TItem, TStaged>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TStaged>> prepare, Func<TStaged, CancellationToken, Task<T>> finish, int capacity, CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<Task<T>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        var preparing = Task.Run(() => PrepareAllAsync(items, prepare, finish, channel.Writer, stop.Token), stop.Token);
        return new PrepareAheadQueue<T>(channel.Reader, stop, preparing);
    }

    /// <summary>The next item's result, waiting for it to be prepared; null once every item's result has been read.</summary>
    public async ValueTask<T?> NextAsync()
    {
        while (await _results.WaitToReadAsync(_stop.Token))
        {
            if (_results.TryRead(out var next))
            {
                return await next.WaitAsync(_stop.Token);
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _preparing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (_results.TryRead(out var unread))
        {
            await ((Task)unread).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private static async Task PrepareAllAsync<TItem, TStaged>(IEnumerable<TItem> items, Func<TItem, CancellationToken, Task<TStaged>> prepare, Func<TStaged, CancellationToken, Task<T>> finish, ChannelWriter<Task<T>> results, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                var staged = await prepare(item, cancellationToken);
                var finishing = finish(staged, cancellationToken);
                try
                {
                    await results.WriteAsync(finishing, cancellationToken);
                }
                catch
                {
                    // Not handed to the reader: wait for it here, so that nothing outlives the queue.
                    await ((Task)finishing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    throw;
                }
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
