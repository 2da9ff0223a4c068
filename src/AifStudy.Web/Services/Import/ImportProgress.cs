namespace AifStudy.Web.Services.Import;

/// <summary>What an import is doing, as a page or <c>/healthz</c> shows it.</summary>
public enum ImportStage
{
    /// <summary>No import is running.</summary>
    Idle,

    /// <summary>Listing the content folder and the notes already stored.</summary>
    Listing,

    /// <summary>Reading, parsing and storing notes, one file after another.</summary>
    Notes,

    /// <summary>Building the search index and the indexes left for the end of a first import.</summary>
    Indexing,

    /// <summary>Committing the import's transaction.</summary>
    Committing,
}

/// <summary>One moment of an import: where it is, how far, and an estimate of what is left.</summary>
public sealed record ImportSnapshot(
    ImportStage Stage,
    int FilesDone,
    int FilesTotal,
    string? CurrentFile,
    DateTimeOffset? StartedAt,
    TimeSpan Elapsed,
    TimeSpan? Remaining,
    bool IsStartup)
{
    public static readonly ImportSnapshot Idle = new(ImportStage.Idle, 0, 0, null, null, TimeSpan.Zero, null, false);

    public bool IsRunning => Stage != ImportStage.Idle;

    /// <summary>Files done as a share of all (0 to 1), 0 while the folder is being listed.</summary>
    public double Fraction => FilesTotal == 0 ? 0 : Math.Clamp((double)FilesDone / FilesTotal, 0, 1);
}

/// <summary>
/// The progress of the import that is running (the start-up import in the background, or a re-import), for the bar
/// every page shows, the live <c>/import</c> page and <c>/healthz</c>. Listeners hear of a change at most every
/// <see cref="NotifyEvery"/> and at every change of stage; they read <see cref="Current"/>.
/// </summary>
public sealed class ImportProgress(TimeProvider clock)
{
    /// <summary>The least time between two <see cref="Changed"/> events within one stage.</summary>
    public static readonly TimeSpan NotifyEvery = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _startup = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImportSnapshot _current = ImportSnapshot.Idle;
    private long _startedTicks;
    private long _lastNotified;
    private bool _isStartup;
    private long _notesVersion;

    /// <summary>Raised (on the import's thread) when the progress moved on; read <see cref="Current"/>.</summary>
    public event Action? Changed;

    /// <summary>
    /// Raised (on the import's thread) after an import that added, changed or removed notes was committed: an open
    /// note page loads its note again.
    /// </summary>
    public event Action? NotesChanged;

    /// <summary>
    /// Counts the imports that added, changed or removed notes since the portal started: what a cache of anything read
    /// from the notes compares with (it moves before <see cref="NotesChanged"/> is raised).
    /// </summary>
    public long NotesVersion => Interlocked.Read(ref _notesVersion);

    /// <summary>The import's progress now, <see cref="ImportSnapshot.Idle"/> when none runs.</summary>
    public ImportSnapshot Current
    {
        get
        {
            lock (_lock)
            {
                return _current.IsRunning ? _current with { Elapsed = clock.GetElapsedTime(_startedTicks), Remaining = Estimate(_current) } : _current;
            }
        }
    }

    /// <summary>Completes when the start-up import has ended (done, failed or not run at all).</summary>
    public Task StartupImport => _startup.Task;

    /// <summary>The last import that ended with an error, or null: what the import page says went wrong.</summary>
    public string? LastError { get; private set; }

    internal void MarkStartup() => _isStartup = true;

    internal void StartupEnded() => _startup.TrySetResult();

    internal void Begin()
    {
        lock (_lock)
        {
            _startedTicks = clock.GetTimestamp();
            _current = ImportSnapshot.Idle with { Stage = ImportStage.Listing, StartedAt = clock.GetUtcNow(), IsStartup = _isStartup };
        }

        Notify(force: true);
    }

    internal void Listed(int total) => Update(s => s with { Stage = ImportStage.Notes, FilesTotal = total }, force: true);

    internal void FileDone(string path) => Update(s => s with { FilesDone = s.FilesDone + 1, CurrentFile = path }, force: false);

    internal void Enter(ImportStage stage) => Update(s => s with { Stage = stage, CurrentFile = null }, force: true);

    internal void Saved(bool notesChanged)
    {
        if (notesChanged)
        {
            Interlocked.Increment(ref _notesVersion);
            NotesChanged?.Invoke();
        }
    }

    internal void End(Exception? error)
    {
        lock (_lock)
        {
            _current = ImportSnapshot.Idle;
            _isStartup = false;
            LastError = error is null or OperationCanceledException ? null : error.Message;
        }

        Notify(force: true);
    }

    private void Update(Func<ImportSnapshot, ImportSnapshot> change, bool force)
    {
        lock (_lock)
        {
            _current = change(_current);
        }

        Notify(force);
    }

    private void Notify(bool force)
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastNotified);
        if (!force && last != 0 && clock.GetElapsedTime(last, now) < NotifyEvery)
        {
            return;
        }

        Interlocked.Exchange(ref _lastNotified, now);
        Changed?.Invoke();
    }

    // The files left at the pace of those done so far; none until a file is done.
    private TimeSpan? Estimate(ImportSnapshot s)
    {
        if (s.Stage != ImportStage.Notes || s.FilesDone == 0 || s.FilesTotal == 0)
        {
            return null;
        }

        var elapsed = clock.GetElapsedTime(_startedTicks);
        return elapsed / s.FilesDone * (s.FilesTotal - s.FilesDone);
    }
}
