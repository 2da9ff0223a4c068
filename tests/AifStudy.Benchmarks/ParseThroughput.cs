using System.Diagnostics;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;

namespace AifStudy.Benchmarks;

/// <summary>
/// Our parse-to-section-tree next to bare Markdig on the same texts, in the same process: rounds alternate between
/// the three so that machine noise (other processes on the shared cores) hits all of them alike; the best round counts.
/// </summary>
internal sealed record ParseThroughput(TimeSpan Ours, TimeSpan BareMarkdig, TimeSpan OurPipeline)
{
    public const int Rounds = 3;

    public double Ratio => BareMarkdig.TotalSeconds / Ours.TotalSeconds;

    public static ParseThroughput Measure(NoteParser parser, IReadOnlyList<string> texts)
    {
        var ours = TimeSpan.MaxValue;
        var bare = TimeSpan.MaxValue;
        var pipeline = TimeSpan.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            bare = Min(bare, Time(() =>
            {
                foreach (var text in texts)
                {
                    Markdig.Markdown.Parse(text);
                }
            }));
            pipeline = Min(pipeline, Time(() =>
            {
                foreach (var text in texts)
                {
                    Markdig.Markdown.Parse(text, MarkdownPipelines.Default);
                }
            }));
            ours = Min(ours, Time(() =>
            {
                foreach (var text in texts)
                {
                    parser.Parse(text);
                }
            }));
        }

        return new ParseThroughput(ours, bare, pipeline);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action action)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }
}
