using System.Diagnostics;
using System.Globalization;

namespace AifStudy.Web.Services;

/// <summary>
/// Wall and processor time spent in each <see cref="ImportPhase"/> of one import, for the log and the import benchmark.
/// Processor time is the whole process's (the import itself runs on one thread at a time), so that the breakdown still
/// means something on a machine shared with other work.
/// </summary>
internal sealed class ImportTimings
{
    private readonly TimeSpan[] _wall = new TimeSpan[Enum.GetValues<ImportPhase>().Length];
    private readonly TimeSpan[] _cpu = new TimeSpan[Enum.GetValues<ImportPhase>().Length];

    public TimeSpan Wall(ImportPhase phase) => _wall[(int)phase];

    public TimeSpan Cpu(ImportPhase phase) => _cpu[(int)phase];

    /// <summary>Times the phase until the returned scope is disposed.</summary>
    public Scope Measure(ImportPhase phase) => new(this, phase);

    public override string ToString() => string.Join(", ", Enum.GetValues<ImportPhase>().Select(p =>
        string.Create(CultureInfo.InvariantCulture, $"{p} {Wall(p).TotalSeconds:0.00} s ({Cpu(p).TotalSeconds:0.00} s CPU)")));

    public readonly struct Scope : IDisposable
    {
        private readonly ImportTimings _timings;
        private readonly ImportPhase _phase;
        private readonly long _started;
        private readonly TimeSpan _cpuStarted;

        public Scope(ImportTimings timings, ImportPhase phase)
        {
            (_timings, _phase) = (timings, phase);
            _started = Stopwatch.GetTimestamp();
            _cpuStarted = Environment.CpuUsage.TotalTime;
        }

        public void Dispose()
        {
            _timings._wall[(int)_phase] += Stopwatch.GetElapsedTime(_started);
            _timings._cpu[(int)_phase] += Environment.CpuUsage.TotalTime - _cpuStarted;
        }
    }
}
