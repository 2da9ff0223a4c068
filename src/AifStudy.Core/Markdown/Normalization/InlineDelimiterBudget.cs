using System.Buffers;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Counts, line by line through one paragraph, the inline delimiters Markdig will hold open (unclosed <c>[</c>, emphasis
/// markers) and writes those past the budget as plain text. The count may be too high, never too low: whatever Markdig
/// might read as an open delimiter counts, and a <c>]</c> closes a counted <c>[</c> only where Markdig surely reads it
/// as a closing bracket.
/// </summary>
internal sealed class InlineDelimiterBudget(int maxOpenBrackets, int maxEmphasisMarkers)
{
    private static readonly SearchValues<char> Interesting = SearchValues.Create("\\[]`<$({:wW*_~^+=");
    private static readonly SearchValues<char> MarkerChars = SearchValues.Create("*_~^+=:");

    private int _open;

    // How many of the brackets opened last a "]" may close: none opened before the start of something a "]" may sit
    // in without closing a bracket (HTML, an autolink, maths, a link's destination, generic attributes, a code span
    // that does not close on its line).
    private int _closable;

    // A "]" closed a bracket inside another that is still open: a link may have formed there, and then Markdig lets a
    // bare URL after it take a "]" as its own.
    private bool _linkInside;
    private int _nesting;

    /// <summary>The deepest the brackets of the paragraph nested, counting those kept as text.</summary>
    public int DeepestNesting { get; private set; }

    /// <summary>The emphasis markers of the paragraph, counting those kept as text.</summary>
    public int EmphasisMarkers { get; private set; }

    /// <summary>The original line of the first bracket kept as text, 0 when none was.</summary>
    public int FirstEscapedBracketLine { get; private set; }

    /// <summary>The original line of the first emphasis marker kept as text, 0 when none was.</summary>
    public int FirstEscapedMarkerLine { get; private set; }

    /// <summary>
    /// How many of the characters emphasis and inline containers are made of (<c>*_~^+=:</c>) <paramref name="text"/>
    /// holds: at least as many as its markers.
    /// </summary>
    public static int MarkerCharacters(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var at = text.IndexOfAny(MarkerChars); at >= 0; at = text.IndexOfAny(MarkerChars))
        {
            count++;
            text = text[(at + 1)..];
        }

        return count;
    }

    /// <summary>Starts counting a new paragraph.</summary>
    public void Reset()
    {
        (_open, _closable, _linkInside, _nesting) = (0, 0, false, 0);
        (DeepestNesting, EmphasisMarkers, FirstEscapedBracketLine, FirstEscapedMarkerLine) = (0, 0, 0, 0);
    }

    /// <summary>Counts the next line of the paragraph; returns it rewritten when markup in it is kept as text, else null.</summary>
    public string? Rewrite(ReadOnlySpan<char> line, int originalLine)
    {
        var output = new RewrittenLine(line);
        var spans = new CodeSpans(line);
        var (spanEnd, closableOutside) = (-1, 0);
        for (var i = line.IndexOfAny(Interesting); i >= 0; i = Next(line, i + 1))
        {
            var c = line[i];
            if (spanEnd >= 0 && (c == '`' || i >= spanEnd))
            {
                // Inside a code span the text is literal (a backslash too) up to the closing backticks, after which only
                // the brackets opened before the span may be closed.
                if (i >= spanEnd)
                {
                    i = spans.RunEnd(spanEnd) - 1;
                    (spanEnd, _closable) = (-1, closableOutside);
                }
                else
                {
                    i = spans.RunEnd(i) - 1;
                }

                continue;
            }

            switch (c)
            {
                case '\\':
                    // An escaped character is text to Markdig too; in a code span the backslash itself is text.
                    i += spanEnd < 0 ? 1 : 0;
                    break;
                case '[':
                    OpenBracket(ref output, i, originalLine);
                    break;
                case ']':
                    CloseBracket(closesNothing: i + 1 < line.Length && line[i + 1] == '[');
                    break;
                case '`':
                    // A code span is counted like the text around it (Markdig may have read its backticks as part of HTML
                    // or maths first), but a "]" in it closes only brackets opened in it. Backticks that do not close on
                    // this line may on a later one: then no "]" from here on closes a bracket opened before.
                    spanEnd = spans.Closing(i);
                    (closableOutside, _closable) = (_closable, 0);
                    i = spans.RunEnd(i) - 1;
                    break;
                case '*' or '_' or '~' or '^' or '+' or '=':
                    i = Markers(ref output, line, i, originalLine) - 1;
                    break;
                case ':':
                    // "::" marks inline custom containers, which Markdig holds open as it does emphasis.
                    _closable = StartsOtherMarkup(line, i) ? 0 : _closable;
                    i = Markers(ref output, line, i, originalLine) - 1;
                    break;
                default:
                    if (StartsOtherMarkup(line, i))
                    {
                        _closable = 0;
                    }

                    break;
            }
        }

        return output.ToStringOrNull();
    }

    private static int Next(ReadOnlySpan<char> line, int from) =>
        from >= line.Length ? -1 : line[from..].IndexOfAny(Interesting) is var at and >= 0 ? from + at : -1;

    private void OpenBracket(ref RewrittenLine output, int at, int originalLine)
    {
        _nesting++;
        DeepestNesting = Math.Max(DeepestNesting, _nesting);
        if (_open < maxOpenBrackets)
        {
            (_open, _closable) = (_open + 1, _closable + 1);
            return;
        }

        output.Replace(at, 1, "&#91;");
        FirstEscapedBracketLine = FirstEscapedBracketLine > 0 ? FirstEscapedBracketLine : originalLine;
    }

    // "[a][b]" where no reference defines "b": Markdig takes "[b]" for the reference and, finding none, leaves "[a" open.
    private void CloseBracket(bool closesNothing)
    {
        _nesting = Math.Max(0, _nesting - 1);
        if (_closable > 0 && !closesNothing)
        {
            (_open, _closable) = (_open - 1, _closable - 1);
            _linkInside = _open > 0;
        }
    }

    // Returns the end of the run of markers at start.
    private int Markers(ref RewrittenLine output, ReadOnlySpan<char> line, int start, int originalLine)
    {
        var c = line[start];
        var end = line[start..].IndexOfAnyExcept(c) is var run and >= 0 ? start + run : line.Length;
        if (MayBeEmphasis(line, start, end) && ++EmphasisMarkers > maxEmphasisMarkers)
        {
            output.Escape(start, end);
            FirstEscapedMarkerLine = FirstEscapedMarkerLine > 0 ? FirstEscapedMarkerLine : originalLine;
        }

        return end;
    }

    // Markdig makes no delimiter of a run with a space (or the line's edge) on both sides, of "_" inside an ASCII word,
    // or of a single "+", "=" or ":" (inserted and marked text and inline containers take two).
    private static bool MayBeEmphasis(ReadOnlySpan<char> line, int start, int end)
    {
        var before = start > 0 ? line[start - 1] : ' ';
        var after = end < line.Length ? line[end] : ' ';
        return !(before is ' ' or '\t' && after is ' ' or '\t')
            && !(line[start] == '_' && char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
            && !(line[start] is '+' or '=' or ':' && end - start < 2);
    }

    // HTML or an autolink, maths, a link's destination, generic attributes, or (after a link inside an open bracket) a
    // bare URL: "http://", "mailto:", "www.". Not a table's "|": Markdig nests a row's cells in each other while it reads
    // them, so a "]" in a later cell still closes a "[" in an earlier one.
    private bool StartsOtherMarkup(ReadOnlySpan<char> line, int i) => line[i] switch
    {
        '<' or '$' or '{' => true,
        '(' => i > 0 && line[i - 1] == ']',
        ':' => _linkInside && (line[(i + 1)..].StartsWith("//") || line[..i].EndsWith("mailto", StringComparison.OrdinalIgnoreCase)),
        _ => _linkInside && line[i..].StartsWith("www.", StringComparison.OrdinalIgnoreCase),
    };
}
