using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>The mutable state normalisation rules share: the lines, the hits and warnings they record, and what they learnt.</summary>
/// <remarks>
/// The lines start as ranges of the original text, not strings: most rules change no line, or only a few, so a line
/// becomes a string only when a rule rewrites it (<see cref="SetLineText"/>) and the text is copied once, when the
/// result is joined. Rules that rebuild the list (dropping or adding lines) read <see cref="Lines"/>, which turns every
/// line into a <see cref="SourceLine"/> from then on; the internal line accessors work in both states.
/// </remarks>
public sealed class NormalizationContext
{
    private readonly List<NormalizationHit> _hits = [];
    private readonly List<string> _warnings = [];
    private readonly string _text;

    // Until Lines is read: line i (i >= _first) is _text[_starts[i].._starts[i + 1] - 1], or _replaced[i] when a rule
    // rewrote it; its original line is i + 1. _starts has one entry past the last line (text length + 1).
    private readonly int[] _starts;
    private string?[]? _replaced;
    private int _first;
    private List<SourceLine>? _lines;

    // Which trigger characters the whole text holds and how many '|', from one pass made when first asked.
    private TextTriggers? _triggers;

    private int _version;
    private int _maskVersion = -1;
    private string[]? _maskTexts;
    private bool[]? _mask;

    /// <summary>Starts from <paramref name="text"/> split on <c>\n</c> only; <see cref="LineEndingsRule"/> deals with <c>\r</c>.</summary>
    public NormalizationContext(string text, NoteParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        Options = options;
        _text = text;
        _starts = LineStarts.Of(text);
    }

    private TextTriggers Triggers => _triggers ??= new TextTriggers(_text);

    /// <summary>The parser's options.</summary>
    public NoteParserOptions Options { get; }

    /// <summary>The current lines (reading them turns every line into a string; rules that only rewrite lines use the internal accessors).</summary>
    public List<SourceLine> Lines
    {
        get
        {
            if (_lines is null)
            {
                var lines = new List<SourceLine>(LineCount);
                for (var i = 0; i < LineCount; i++)
                {
                    lines.Add(new SourceLine(LineText(i), OriginalLineAt(i)));
                }

                _lines = lines;
                _version++;
            }

            return _lines;
        }

        set
        {
            _lines = value;
            _version++;
        }
    }

    /// <summary>Front matter, once <see cref="FrontMatterRule"/> ran.</summary>
    public FrontMatter FrontMatter { get; set; } = FrontMatter.Empty;

    /// <summary>1-based lines of the normalised markdown holding headings that <see cref="PlainTextStructureRule"/> inferred.</summary>
    public HashSet<int> InferredHeadingLines { get; } = [];

    /// <summary>Hits recorded so far.</summary>
    public IReadOnlyList<NormalizationHit> Hits => _hits;

    /// <summary>Warnings recorded so far.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>How many lines there are now.</summary>
    internal int LineCount => _lines?.Count ?? _starts.Length - 1 - _first;

    /// <summary>Line <paramref name="index"/> (0-based) without making it a string.</summary>
    internal ReadOnlySpan<char> LineSpan(int index)
    {
        if (_lines is not null)
        {
            return _lines[index].Text.AsSpan();
        }

        var at = _first + index;
        if (_replaced?[at] is { } replaced)
        {
            return replaced.AsSpan();
        }

        var start = _starts[at];
        return _text.AsSpan(start, _starts[at + 1] - 1 - start);
    }

    /// <summary>Line <paramref name="index"/> (0-based) as a string.</summary>
    internal string LineText(int index)
    {
        if (_lines is not null)
        {
            return _lines[index].Text;
        }

        var at = _first + index;
        if (_replaced?[at] is { } replaced)
        {
            return replaced;
        }

        var start = _starts[at];
        return _text.Substring(start, _starts[at + 1] - 1 - start);
    }

    /// <summary>The original file line of line <paramref name="index"/> (0-based), 0 when synthesised.</summary>
    internal int OriginalLineAt(int index) => _lines is not null ? _lines[index].OriginalLine : _first + index + 1;

    /// <summary>Rewrites line <paramref name="index"/> (0-based), keeping its original line.</summary>
    internal void SetLineText(int index, string text)
    {
        if (_lines is not null)
        {
            _lines[index] = _lines[index].WithText(text);
        }
        else
        {
            (_replaced ??= new string?[_starts.Length - 1])[_first + index] = text;
        }

        _version++;
    }

    /// <summary>Drops the first <paramref name="count"/> lines.</summary>
    internal void RemoveLeadingLines(int count)
    {
        if (_lines is not null)
        {
            _lines.RemoveRange(0, count);
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, LineCount);
            _first += count;
        }

        _version++;
    }

    /// <summary>True when some line contains <paramref name="value"/>, which must not contain <c>\n</c>.</summary>
    internal bool AnyLineContains(string value)
    {
        if (_lines is null)
        {
            // Not in the text: then only a rewritten line can hold it.
            if (LineCount == 0 || !Triggers.MayContain(value[0]) || !_text.AsSpan(_starts[_first]).Contains(value, StringComparison.Ordinal))
            {
                return _replaced is not null && AnyReplacedLineContains(value.AsSpan(), ' ', single: false);
            }

            if (_replaced is null)
            {
                return true;
            }
        }

        for (var i = 0; i < LineCount; i++)
        {
            if (LineSpan(i).Contains(value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some line contains <paramref name="value"/> (not <c>\n</c>).</summary>
    internal bool AnyLineContains(char value)
    {
        if (_lines is null)
        {
            if (LineCount == 0 || !Triggers.MayContain(value) || !_text.AsSpan(_starts[_first]).Contains(value))
            {
                return _replaced is not null && AnyReplacedLineContains(default, value, single: true);
            }

            if (_replaced is null)
            {
                return true;
            }
        }

        for (var i = 0; i < LineCount; i++)
        {
            if (LineSpan(i).Contains(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// At least as many '|' as all lines hold together (exact once <see cref="Lines"/> was read): the whole text's,
    /// plus those of rewritten lines.
    /// </summary>
    internal int PipesAtMost()
    {
        if (_lines is not null)
        {
            return CountInLines('|');
        }

        var count = Triggers.Pipes;
        if (_replaced is not null)
        {
            foreach (var replaced in _replaced)
            {
                count += replaced is null ? 0 : replaced.AsSpan().Count('|');
            }
        }

        return count;
    }

    /// <summary>At least as many '[' as all lines hold together, as <see cref="PipesAtMost"/> counts '|'.</summary>
    internal int BracketsAtMost()
    {
        if (_lines is not null)
        {
            return CountInLines('[');
        }

        var count = Triggers.Brackets;
        foreach (var replaced in _replaced ?? [])
        {
            count += replaced is null ? 0 : replaced.AsSpan().Count('[');
        }

        return count;
    }

    /// <summary>How many times <paramref name="value"/> (not <c>\n</c>) occurs in all lines together.</summary>
    internal int CountInLines(char value)
    {
        var count = 0;
        if (_lines is not null)
        {
            foreach (var line in _lines)
            {
                count += line.Text.AsSpan().Count(value);
            }

            return count;
        }

        if (LineCount == 0)
        {
            return 0;
        }

        count = _text.AsSpan(_starts[_first]).Count(value);
        if (_replaced is not null && count > 0)
        {
            for (var line = _first; line < _starts.Length - 1; line++)
            {
                if (_replaced[line] is { } replaced)
                {
                    count += replaced.AsSpan().Count(value) - _text.AsSpan(_starts[line], _starts[line + 1] - 1 - _starts[line]).Count(value);
                }
            }
        }
        else if (_replaced is not null)
        {
            for (var line = _first; line < _starts.Length - 1; line++)
            {
                count += _replaced[line]?.AsSpan().Count(value) ?? 0;
            }
        }

        return count;
    }

    private bool AnyReplacedLineContains(ReadOnlySpan<char> value, char ch, bool single)
    {
        for (var line = _first; line < _starts.Length - 1; line++)
        {
            if (_replaced![line] is { } replaced
                && (single ? replaced.Contains(ch) : replaced.AsSpan().Contains(value, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records that <paramref name="rule"/> changed original line <paramref name="originalLine"/>.</summary>
    public void Hit(INormalizationRule rule, int originalLine, string detail)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _hits.Add(new NormalizationHit(rule.Name, originalLine, detail));
    }

    /// <summary>Records a non-fatal problem for the author.</summary>
    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>For each current line, whether it is a code-fence line or inside a fenced code block (rules leave those alone).</summary>
    /// <remarks>
    /// Most rules change no line, so the mask is kept and handed out again while every line is still the same.
    /// Callers must not change the array.
    /// </remarks>
    public bool[] FenceMask()
    {
        var lines = _lines;
        if (lines is null)
        {
            if (_mask is null || _maskVersion != _version)
            {
                _mask = CodeFences.Mask(this);
                _maskVersion = _version;
                _maskTexts = null;
            }

            return _mask;
        }

        // The list may have been changed directly (it is public), so compare the lines themselves.
        if (_maskTexts is { } texts && texts.Length == lines.Count)
        {
            var same = true;
            for (var i = 0; i < texts.Length && same; i++)
            {
                same = ReferenceEquals(texts[i], lines[i].Text);
            }

            if (same)
            {
                return _mask!;
            }
        }

        _maskTexts = new string[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            _maskTexts[i] = lines[i].Text;
        }

        _mask = CodeFences.Mask(this);
        _maskVersion = -1;
        return _mask;
    }

    /// <summary>The lines joined with <c>\n</c>, and each one's original line.</summary>
    internal (string Markdown, int[] OriginalLines) Join()
    {
        var count = LineCount;
        var originalLines = new int[count];
        for (var i = 0; i < count; i++)
        {
            originalLines[i] = OriginalLineAt(i);
        }

        if (count == 0)
        {
            return ("", originalLines);
        }

        if (_lines is null && _replaced is null)
        {
            // No line changed: the rest of the text as it is.
            return (_first == 0 ? _text : _text[_starts[_first]..], originalLines);
        }

        if (count == 1)
        {
            return (LineText(0), originalLines);
        }

        int length;
        if (_lines is null)
        {
            // The rest of the text, with each rewritten line's new length instead of its old one.
            length = _text.Length - _starts[_first];
            for (var line = _first; line < _starts.Length - 1; line++)
            {
                if (_replaced![line] is { } replaced)
                {
                    length += replaced.Length - (_starts[line + 1] - 1 - _starts[line]);
                }
            }
        }
        else
        {
            length = count - 1;
            foreach (var line in _lines)
            {
                length += line.Text.Length;
            }
        }

        var markdown = string.Create(length, this, static (chars, context) => context.CopyLines(chars));
        return (markdown, originalLines);
    }

    // Writes the lines joined with '\n' to chars. Runs of unchanged lines are copied with their line breaks in one go.
    private void CopyLines(Span<char> chars)
    {
        var at = 0;
        if (_lines is not null)
        {
            for (var i = 0; i < _lines.Count; i++)
            {
                if (i > 0)
                {
                    chars[at++] = '\n';
                }

                _lines[i].Text.AsSpan().CopyTo(chars[at..]);
                at += _lines[i].Text.Length;
            }

            return;
        }

        var last = _starts.Length - 2;
        var run = -1;
        for (var line = _first; line <= last; line++)
        {
            var replaced = _replaced![line];
            if (replaced is null)
            {
                run = run < 0 ? line : run;
                continue;
            }

            if (run >= 0)
            {
                // The run's lines and the line break after each (the line after the run follows).
                var slice = _text.AsSpan(_starts[run], _starts[line] - _starts[run]);
                slice.CopyTo(chars[at..]);
                at += slice.Length;
                run = -1;
            }

            replaced.AsSpan().CopyTo(chars[at..]);
            at += replaced.Length;
            if (line < last)
            {
                chars[at++] = '\n';
            }
        }

        if (run >= 0)
        {
            _text.AsSpan(_starts[run]).CopyTo(chars[at..]);
        }
    }
}
