using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Live reload: watches the content folder (sub-folders too) and, once it has been quiet for <see cref="Quiet"/> after a
/// change (at most <see cref="MaxWait"/> after the first), runs the same incremental import as the start-up one, which
/// stores what changed and skips the rest by hash. An editor's save (a temporary file written, then renamed over the
/// note), a rename, a new folder or a delete all come down to one import. Waits for the start-up import first; off
/// with <c>Content:Watch = false</c>.
/// </summary>
internal sealed partial class ContentWatcher(
    ContentImporter importer,
    ImportProgress progress,
    IOptions<ContentOptions> options,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    /// <summary>How long the folder must be quiet before the import runs.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    /// <summary>The longest a stream of changes delays the import.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(1500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var path = options.Value.Path;
        if (!options.Value.Watch || !Directory.Exists(path))
        {
            return;
        }

        // The watcher starts before the first await, so while the host starts: a change made once the portal answers,
        // even during the start-up import, is never missed; it leads to one more import after the start-up one.
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(path)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        void Signal(object? sender, EventArgs e) => changes.Writer.TryWrite(true);
        watcher.Created += Signal;
        watcher.Changed += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += Signal;

        // An overflowed buffer lost events: import anyway, which finds every change by hash.
        watcher.Error += Signal;
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch (IOException ex)
        {
            // The system's limit of watches (inotify) is reached: the portal runs on without live reload.
            LogCannotWatch(ex, path);
            return;
        }

        LogWatching(path);
        await progress.StartupImport.WaitAsync(stoppingToken);

        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                await SettleAsync(changes.Reader, stoppingToken);
                try
                {
                    await importer.ImportAsync(stoppingToken);
                }
#pragma warning disable CA1031 // A failed import is reported on /import; the watcher goes on.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    LogImportFailed(ex, path);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    // Waits until no change came for Quiet, or MaxWait passed since the first.
    private static async Task SettleAsync(ChannelReader<bool> changes, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        changes.TryRead(out _);
        while (DateTime.UtcNow - started < MaxWait)
        {
            await Task.Delay(Quiet, cancellationToken);
            if (!changes.TryRead(out _))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {ContentPath} for changed notes")]
    private partial void LogWatching(string contentPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {ContentPath} for changes; notes are imported at start and from /import")]
    private partial void LogCannotWatch(Exception exception, string contentPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing {ContentPath} after a change failed; the notes already stored stay")]
    private partial void LogImportFailed(Exception exception, string contentPath);
}
