namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Lines that follow each other in one string, a <c>\n</c> apart, as one slice of it (see <see cref="SourceLines.Runs"/>).</summary>
internal readonly record struct TextRun(string Source, int Start, int Length)
{
    /// <summary>The run's characters: its lines with the line breaks between them.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>The run as a string: the string it is cut from when it is all of it.</summary>
    public override string ToString() => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);

    /// <summary>Writes the runs of <paramref name="lines"/> to <paramref name="runs"/> (grown when too short) and returns how many there are.</summary>
    public static int Find(ReadOnlySpan<SourceLine> lines, ref TextRun[] runs)
    {
        var count = 0;
        var i = 0;
        while (i < lines.Length)
        {
            var first = lines[i];
            var end = first.End;
            for (i++; i < lines.Length && Follows(lines[i], first.Source, end); i++)
            {
                end = lines[i].End;
            }

            if (count == runs.Length)
            {
                Array.Resize(ref runs, Math.Max(4, 2 * count));
            }

            runs[count++] = new TextRun(first.Source, first.Start, end - first.Start);
        }

        return count;
    }

    // True when line starts right after a "\n" at end in source: then the run up to end and the line read as one.
    private static bool Follows(SourceLine line, string source, int end) =>
        line.Start == end + 1 && ReferenceEquals(line.Source, source) && source[end] == '\n';
}
