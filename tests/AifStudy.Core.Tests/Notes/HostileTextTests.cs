using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Notes;

/// <summary>Text made to be slow: every note is parsed in time proportional to its size.</summary>
public sealed class HostileTextTests
{
    private const int Size = 100_000;

    // Generous: the texts below took 100 to 10,000 times their baseline before their fixes, and a loaded 2-core machine
    // moves a single ratio by a few times at most.
    private const double MaxRatio = 20;

    private static readonly NoteParser Parser = new();

    // Each with the same characters well-formed, of the same size, as the baseline: a note of prose makes far fewer
    // inlines per byte than a line of brackets, so only a baseline of the same characters measures the nesting alone.
    public static TheoryData<string, string, string> SlowText() => new()
    {
        // Issue 12: the Wikilinks rule escaped the brackets into 50,000 "\[", which the TeX delimiter search then tried to
        // pair, one search to the end of the line from each.
        { "brackets nested 50,000 deep", new string('[', Size / 2) + "x" + new string(']', Size / 2), Repeat("[x]", Size) },
        { "unclosed \\(", Repeat("\\(", Size), Repeat("\\(x\\) ", Size) },
        { "unclosed \\[", Repeat("\\[", Size), Repeat("\\[x\\] ", Size) },
    };

    [Theory]
    [MemberData(nameof(SlowText))]
    public async Task Text_made_to_be_slow_parses_in_time_proportional_to_its_size(string kind, string slow, string wellFormed)
    {
        var ratio = await TimeRatio.BestOfAsync(
            work: _ => Parse(slow),
            baseline: _ => Parse(wellFormed),
            MaxRatio);

        Assert.True(ratio <= MaxRatio, $"{kind}: {ratio:0.0} times the same characters well-formed");
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    private static Task Parse(string text)
    {
        Parser.Parse("# Hostile\n\n" + text, "hostile.md");
        return Task.CompletedTask;
    }
}
