using System.Diagnostics;
using System.Globalization;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// Wall time spent in each <see cref="ImportPhase"/> of one import, for the log and the import benchmark. The phases of
/// the preparing thread (read, parse, cards, search entries) overlap those of the writing thread, so they do not add
/// up to the import's time; <see cref="ImportPhase.Waiting"/> is the writer waiting for prepared files.
/// Safe to use from both threads.
/// </summary>
internal sealed class ImportTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<ImportPhase>().Length];

    public TimeSpan Wall(ImportPhase phase) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)phase]));

    /// <summary>Times the phase until the returned scope is disposed.</summary>
    public Scope Measure(ImportPhase phase) => new(this, phase);

    public override string ToString() => string.Join(", ", Enum.GetValues<ImportPhase>().Select(p =>
        string.Create(CultureInfo.InvariantCulture, $"{p} {Wall(p).TotalSeconds:0.00} s")));

    public readonly struct Scope(ImportTimings timings, ImportPhase phase) : IDisposable
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Dispose() => Interlocked.Add(ref timings._ticks[(int)phase], Stopwatch.GetTimestamp() - _started);
    }
}
