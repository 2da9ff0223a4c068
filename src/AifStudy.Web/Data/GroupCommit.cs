using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data;

/// <summary>
/// The learners' write path: short read-modify-write units (a rating, an undo, a quiz answer) run one after another on
/// one writer, and those that arrive while a commit is in flight go into the next transaction together, one fsync for
/// the group. Each unit runs inside a savepoint, so one that throws is rolled back alone and the others commit; a
/// unit's task completes only after its group committed, so an acknowledged write is on disk (docs/operations.md,
/// durability). Units in one group see each other's writes, as they would one after another.
/// </summary>
public sealed class GroupCommit : IAsyncDisposable, IDisposable
{
    /// <summary>The most units one transaction takes.</summary>
    public const int MaxGroup = 64;

    private readonly IDbContextFactory<StudyDbContext> _dbFactory;
    private readonly Channel<Unit> _queue = Channel.CreateUnbounded<Unit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public GroupCommit(IDbContextFactory<StudyDbContext> dbFactory)
    {
        _dbFactory = dbFactory;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>The transactions committed so far.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    private long _commits;

    /// <summary>
    /// Runs <paramref name="work"/> on the writer's context inside the next group's transaction and returns its result
    /// once that transaction committed. <paramref name="work"/> must not begin or commit a transaction of its own.
    /// A cancelled token drops a unit that has not started; one that started is committed with its group.
    /// </summary>
    public Task<T> RunAsync<T>(Func<StudyDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        var unit = new Unit<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(unit), this);
        return unit.Task;
    }

    /// <summary>Takes no more units and waits for those queued to be committed.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.Wait(TimeSpan.FromSeconds(30));
    }

    private async Task WriteAsync()
    {
        var group = new List<Unit>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var unit))
            {
                if (!unit.TryCancel())
                {
                    group.Add(unit);
                }
            }

            if (group.Count > 0)
            {
                await CommitAsync(group);
            }
        }
    }

    private async Task CommitAsync(List<Unit> group)
    {
        try
        {
            await using var db = await _dbFactory.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < group.Count; i++)
            {
                var savepoint = "unit" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await transaction.CreateSavepointAsync(savepoint);
                try
                {
                    await group[i].RunAsync(db);
                    await transaction.ReleaseSavepointAsync(savepoint);
                }
#pragma warning disable CA1031 // The unit's own failure goes to its caller; the group goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    await transaction.RollbackToSavepointAsync(savepoint);
                    group[i].Fail(ex);
                }

                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync();
            Interlocked.Increment(ref _commits);
            foreach (var unit in group)
            {
                unit.Complete();
            }
        }
#pragma warning disable CA1031 // A failed commit fails every unit of the group: none of them is stored.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            foreach (var unit in group)
            {
                unit.Fail(ex);
                unit.Complete();
            }
        }
    }

    private abstract class Unit
    {
        public abstract bool TryCancel();

        public abstract Task RunAsync(StudyDbContext db);

        public abstract void Fail(Exception error);

        public abstract void Complete();
    }

    private sealed class Unit<T>(Func<StudyDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : Unit
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _error;

        public Task<T> Task => _done.Task;

        public override bool TryCancel() => cancellationToken.IsCancellationRequested && _done.TrySetCanceled(cancellationToken);

        public override async Task RunAsync(StudyDbContext db) => _result = await work(db, CancellationToken.None);

        public override void Fail(Exception error) => _error ??= error;

        // Set only now that the group committed (or failed): an acknowledged write is durable.
        public override void Complete()
        {
            if (_error is not null)
            {
                _done.TrySetException(_error);
            }
            else
            {
                _done.TrySetResult(_result!);
            }
        }
    }
}
