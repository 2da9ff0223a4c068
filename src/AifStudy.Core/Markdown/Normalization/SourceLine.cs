namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// A line during normalisation: a slice of a string, without its line break, and the 1-based line of the original file
/// it came from (0 when synthesised). Modelled on markdig's <c>StringLine</c>.
/// </summary>
/// <remarks>
/// A line cut from the note is a slice of the note's text, so reading it copies nothing; a line a rule rewrote is (a
/// slice of) the rule's string. <see cref="Span"/> reads either without allocating; <see cref="Text"/> makes a string
/// when the line is part of a longer one.
/// </remarks>
public readonly struct SourceLine
{
    private readonly string? _source;

    /// <summary>A line of <paramref name="text"/>, which must not contain <c>\n</c>.</summary>
    public SourceLine(string text, int originalLine)
        : this(text, 0, text?.Length ?? 0, originalLine)
    {
    }

    internal SourceLine(string source, int start, int length, int originalLine)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (ulong)(uint)length, (ulong)source.Length, nameof(length));
        _source = source;
        Start = start;
        Length = length;
        OriginalLine = originalLine;
    }

    /// <summary>The 1-based line of the original file this line came from, 0 when a rule made it up.</summary>
    public int OriginalLine { get; }

    /// <summary>How many characters the line has.</summary>
    public int Length { get; }

    /// <summary>The line's characters.</summary>
    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

    /// <summary>The line as a string: the string it is cut from when it is all of it, else a copy.</summary>
    public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);

    /// <summary>The string the line is a slice of.</summary>
    internal string Source => _source ?? "";

    /// <summary>Where the line starts in <see cref="Source"/>.</summary>
    internal int Start { get; }

    /// <summary>Where the line ends in <see cref="Source"/> (exclusive).</summary>
    internal int End => Start + Length;

    /// <summary>The same original line with different text.</summary>
    public SourceLine WithText(string text) => new(text, OriginalLine);

    /// <summary>The same text, counted as original line <paramref name="originalLine"/>.</summary>
    public SourceLine WithOriginalLine(int originalLine) => new(Source, Start, Length, originalLine);

    /// <summary>Part of the line, from the same original line, without copying.</summary>
    public SourceLine Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)start + (ulong)(uint)length, (ulong)Length, nameof(length));
        return new SourceLine(Source, Start + start, length, OriginalLine);
    }

    /// <summary>The line without white space at either end, without copying.</summary>
    public SourceLine Trim()
    {
        var span = Span;
        var start = span.Length - span.TrimStart().Length;
        return Slice(start, span[start..].TrimEnd().Length);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
