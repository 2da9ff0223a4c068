using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;
using AifStudy.Core.Tests.Markdown;
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
        // pair, one search to the end of the line from each. Markdig itself walks every open bracket for each character.
        { "brackets nested 50,000 deep", new string('[', Size / 2) + "x" + new string(']', Size / 2), Repeat("[x]", Size) },
        { "unclosed \\(", Repeat("\\(", Size), Repeat("\\(x\\) ", Size) },
        { "unclosed \\[", Repeat("\\[", Size), Repeat("\\[x\\] ", Size) },
        { "unclosed [[", Repeat("[[a", Size), Repeat("[[a]] ", Size) },
        { "brackets nested 5,000 deep, spaced", Paragraphs(Repeat("[ ", 10_000) + "x" + Repeat(" ]", 10_000)), Repeat("[ x ] ", Size) },
        { "5,000 unclosed brackets a paragraph", Paragraphs(Repeat("[a", 10_000)), Repeat("[a] ", Size) },
    };

    public static TheoryData<string> DeepText() =>
    [
        .. SlowText().Select(row => (string)row[1]),
        Paragraphs(Repeat("*a ", 15_000)),
        Paragraphs(Repeat("**a** ", 30_000)),
        Paragraphs(Repeat("[*a ", 20_000)),
    ];

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

    [Theory]
    [MemberData(nameof(DeepText))]
    public void Markdig_never_holds_more_delimiters_open_than_the_budget(string text)
    {
        // Markdig's time per character grows with this depth, so bounding it bounds the time, without a clock; an
        // emphasis marker costs as much as a bracket and the budget allows 500 of them, so only this checks those.
        var note = Parser.Parse("# Hostile\n\n" + text, "hostile.md");

        Assert.InRange(OpenDelimiterProbe.DeepestIn(note.NormalizedMarkdown), 0, InlineNestingRule.MaxOpenBrackets + InlineNestingRule.MaxEmphasisMarkers);
    }

    private static string Repeat(string unit, int length) =>
        string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    // Paragraphs of the text, to about Size characters in all.
    private static string Paragraphs(string paragraph) => Repeat(paragraph + "\n\n", Size);

    private static Task Parse(string text)
    {
        Parser.Parse("# Hostile\n\n" + text, "hostile.md");
        return Task.CompletedTask;
    }
}
