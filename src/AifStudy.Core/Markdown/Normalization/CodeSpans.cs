namespace AifStudy.Core.Markdown.Normalization;

/// <summary>The backtick runs of one line and, for a run that opens a code span, the run that closes it (for <see cref="InlineDelimiterBudget"/>).</summary>
internal ref struct CodeSpans(ReadOnlySpan<char> line)
{
    private readonly ReadOnlySpan<char> _line = line;

    // Run lengths with no closing run further on: each search starts after the last, so none ever will have one,
    // and a line of runs of every length is searched once per length, not once per run.
    private ulong _unclosed;

    /// <summary>Where the run of backticks starting at <paramref name="start"/> ends.</summary>
    public readonly int RunEnd(int start) =>
        _line[start..].IndexOfAnyExcept('`') is var length and >= 0 ? start + length : _line.Length;

    /// <summary>Where the run that closes the span opened at <paramref name="start"/> begins; -1 when none does on this line.</summary>
    public int Closing(int start)
    {
        var length = RunEnd(start) - start;
        if (length >= 64 || (_unclosed & (1UL << length)) != 0)
        {
            return -1;
        }

        for (var at = RunEnd(start); _line[at..].IndexOf('`') is var next and >= 0;)
        {
            var end = RunEnd(at + next);
            if (end - (at + next) == length)
            {
                return at + next;
            }

            at = end;
        }

        _unclosed |= 1UL << length;
        return -1;
    }
}
