using System.Diagnostics;

namespace AifStudy.Tests.Shared;

/// <summary>
/// How many times longer a piece of work takes than a baseline of the same size timed beside it. Speed checks compare
/// like this rather than against a wall-clock budget: other processes on the machine slow both alike.
/// </summary>
internal static class TimeRatio
{
    /// <summary>
    /// The smallest ratio of <paramref name="work"/> to <paramref name="baseline"/> over up to <paramref name="rounds"/>
    /// rounds, each timing the baseline and then the work (so each round's baseline also warms up the code both share).
    /// Stops at the first round at or under <paramref name="bound"/>: one round slowed by a burst of load elsewhere
    /// should not fail a check that the next round passes. It also stops after a round ten times over the bound, which
    /// no burst explains (and work that slow need not be waited for three times). Each delegate gets the round's number,
    /// for callers whose work must differ from round to round (a new file to import, say).
    /// </summary>
    public static async Task<double> BestOfAsync(Func<int, Task> work, Func<int, Task> baseline, double bound, int rounds = 3)
    {
        var best = double.MaxValue;
        for (var round = 0; round < rounds && best > bound && (round == 0 || best <= 10 * bound); round++)
        {
            var baselineTime = await TimeAsync(() => baseline(round));
            var workTime = await TimeAsync(() => work(round));
            best = Math.Min(best, workTime.TotalSeconds / baselineTime.TotalSeconds);
        }

        return best;
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }
}
