using System.Threading.Channels;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Services.Import;

/// <summary>The import's two threads: one prepares files, the other stores them in order.</summary>
public sealed partial class ContentImporter
{
    /// <summary>
    /// Files are prepared (read, parsed, cards generated, search entries made: CPU work, no database) on one thread and
    /// stored in order on this one, a bounded queue apart, so that parsing the next notes overlaps writing the last ones.
    /// </summary>
    private async Task StoreFilesAsync(Batch batch, IReadOnlyList<string> files, Dictionary<string, StoredNote> stored, SqliteSearchIndex.Writer? writer, ImportRun run, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var queue = Channel.CreateBounded<PreparedFile>(new BoundedChannelOptions(PreparedAhead) { SingleReader = true, SingleWriter = true });
        var preparing = Task.Run(() => PrepareFilesAsync(batch, files, stored, queue.Writer, stop.Token), stop.Token);
        var index = new SearchRowBuffer(writer);
        try
        {
            var pending = 0;
            while (true)
            {
                PreparedFile? file;
                using (batch.Times.Measure(ImportPhase.Waiting))
                {
                    file = await queue.Reader.WaitToReadAsync(stop.Token) && queue.Reader.TryRead(out var next) ? next : null;
                }

                if (file is null)
                {
                    break;
                }

                var result = await StoreFileAsync(batch, file, index, stop.Token);
                run.Files.Add(result);
                if (result.Outcome is ImportOutcome.Added or ImportOutcome.Updated && ++pending == SaveEvery)
                {
                    // Still one transaction; saving in chunks only keeps the change tracker (and memory) small.
                    using (batch.Times.Measure(ImportPhase.Save))
                    {
                        await batch.Db.SaveChangesAsync(stop.Token);
                    }

                    batch.Db.ChangeTracker.Clear();
                    pending = 0;
                }
            }

            using (batch.Times.Measure(ImportPhase.SearchIndex))
            {
                await index.FlushAsync(stop.Token);
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            // The preparing thread's own failure (not a file's: those are results) surfaces here or through the queue.
            await preparing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await preparing;
    }

    private async Task PrepareFilesAsync(Batch batch, IReadOnlyList<string> files, Dictionary<string, StoredNote> stored, ChannelWriter<PreparedFile> queue, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var path in files)
            {
                stored.TryGetValue(path, out var existing);
                await queue.WriteAsync(await PrepareFileAsync(batch, path, existing, cancellationToken), cancellationToken);
            }

            queue.Complete();
        }
        catch (Exception ex)
        {
            queue.Complete(ex);
            throw;
        }
    }
}
