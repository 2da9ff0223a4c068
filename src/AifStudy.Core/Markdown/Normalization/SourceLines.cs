using System.Collections;
using System.Runtime.InteropServices;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// A note's lines during normalisation, and the only way to change them: every edit counts up <see cref="Version"/>, so
/// what is worked out from the lines (the fence mask, <see cref="Runs"/>) is kept until the next one. Modelled on
/// markdig's <c>StringLineGroup</c>.
/// </summary>
/// <remarks>
/// The lines start as slices of the note's text; most rules change no line, or only a few, so the text is copied once,
/// when <see cref="Join"/> writes the result, and runs of unchanged lines in one go.
/// </remarks>
public sealed class SourceLines : IReadOnlyList<SourceLine>
{
    private SourceLine[] _lines;
    private int _count;
    private int _rewritten;
    private TextRun[] _runs = [];
    private int _runCount;
    private int _runsVersion = -1;

    /// <summary>The lines of <paramref name="text"/> split on <c>\n</c> only, numbered from 1.</summary>
    internal SourceLines(string text)
    {
        Text = text;
        _lines = LineSplitter.Split(text);
        _count = _lines.Length;
    }

    /// <summary>How many lines there are.</summary>
    public int Count => _count;

    /// <summary>Counts the edits made so far; what is worked out from the lines holds while it stays the same.</summary>
    public int Version { get; private set; }

    /// <summary>The note's text, which the lines not rewritten are slices of.</summary>
    internal string Text { get; }

    /// <summary>True when some line is not a slice of <see cref="Text"/>.</summary>
    internal bool HasRewrittenLines => _rewritten > 0;

    /// <summary>Line <paramref name="index"/> (0-based).</summary>
    public SourceLine this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return _lines[index];
        }
    }

    /// <summary>Rewrites line <paramref name="index"/> to <paramref name="text"/>, keeping its original line.</summary>
    public void Replace(int index, string text) => Replace(index, this[index].WithText(text));

    /// <summary>Puts <paramref name="line"/> in the place of line <paramref name="index"/>.</summary>
    public void Replace(int index, SourceLine line)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
        _rewritten += Rewritten(line) - Rewritten(_lines[index]);
        _lines[index] = line;
        Version++;
    }

    /// <summary>Inserts <paramref name="line"/> before line <paramref name="index"/> (at the end when it is <see cref="Count"/>).</summary>
    public void Insert(int index, SourceLine line) => ReplaceRange(index, 0, [line]);

    /// <summary>Removes line <paramref name="index"/>.</summary>
    public void RemoveAt(int index) => RemoveRange(index, 1);

    /// <summary>Removes <paramref name="count"/> lines from line <paramref name="index"/> on.</summary>
    public void RemoveRange(int index, int count) => ReplaceRange(index, count, []);

    /// <summary>Puts <paramref name="lines"/> in the place of the <paramref name="count"/> lines from line <paramref name="index"/> on.</summary>
    public void ReplaceRange(int index, int count, IReadOnlyList<SourceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        lines = ReferenceEquals(lines, this) ? [.. this] : lines;
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index, (uint)_count, nameof(index));
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)(_count - index), nameof(count));
        var newCount = _count - count + lines.Count;
        for (var i = index; i < index + count; i++)
        {
            _rewritten -= Rewritten(_lines[i]);
        }

        foreach (var line in lines)
        {
            _rewritten += Rewritten(line);
        }

        if (newCount > _lines.Length)
        {
            Array.Resize(ref _lines, Math.Max(newCount, 2 * _lines.Length));
        }

        Array.Copy(_lines, index + count, _lines, index + lines.Count, _count - index - count);
        if (lines is List<SourceLine> list)
        {
            CollectionsMarshal.AsSpan(list).CopyTo(_lines.AsSpan(index));
        }
        else
        {
            for (var i = 0; i < lines.Count; i++)
            {
                _lines[index + i] = lines[i];
            }
        }

        _lines.AsSpan(newCount, Math.Max(0, _count - newCount)).Clear();
        _count = newCount;
        Version++;
    }

    /// <summary>Enumerates the lines without allocating.</summary>
    public ReadOnlySpan<SourceLine>.Enumerator GetEnumerator() => new ReadOnlySpan<SourceLine>(_lines, 0, _count).GetEnumerator();

    IEnumerator<SourceLine> IEnumerable<SourceLine>.GetEnumerator() => new ArraySegment<SourceLine>(_lines, 0, _count).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<SourceLine>)this).GetEnumerator();

    /// <summary>
    /// The lines as runs of text, each as few pieces as can be: lines that follow each other in the same string, a
    /// <c>\n</c> apart, make one run (a note no rule changed is one). Joined with <c>\n</c>, the runs are the lines joined.
    /// </summary>
    internal ReadOnlySpan<TextRun> Runs()
    {
        if (_runsVersion != Version)
        {
            _runCount = TextRun.Find(_lines.AsSpan(0, _count), ref _runs);
            _runsVersion = Version;
        }

        return _runs.AsSpan(0, _runCount);
    }

    /// <summary>The lines joined with <c>\n</c>, and each one's original line.</summary>
    internal (string Markdown, int[] OriginalLines) Join()
    {
        var originalLines = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            originalLines[i] = _lines[i].OriginalLine;
        }

        var runs = Runs();
        if (runs.Length <= 1)
        {
            // No line changed, or one run of them: the text as it is, or the part of it the lines are.
            return (runs.IsEmpty ? "" : runs[0].ToString(), originalLines);
        }

        var length = runs.Length - 1;
        foreach (var run in runs)
        {
            length += run.Length;
        }

        var markdown = string.Create(length, this, static (chars, lines) =>
        {
            var runs = lines.Runs();
            runs[0].Span.CopyTo(chars);
            var at = runs[0].Length;
            foreach (var run in runs[1..])
            {
                chars[at++] = '\n';
                run.Span.CopyTo(chars[at..]);
                at += run.Length;
            }
        });
        return (markdown, originalLines);
    }

    /// <summary>True when <paramref name="line"/> is not a slice of <see cref="Text"/>.</summary>
    internal bool IsRewritten(SourceLine line) => !ReferenceEquals(line.Source, Text);

    private int Rewritten(SourceLine line) => IsRewritten(line) ? 1 : 0;
}
