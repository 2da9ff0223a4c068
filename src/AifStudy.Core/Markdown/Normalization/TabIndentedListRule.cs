namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Expands tabs in list indentation (to 4-column stops, as CommonMark does), and dedents a list that is indented
/// with no list item above it — e.g. <c>\t- item</c> right after a heading — which CommonMark would otherwise
/// read as an indented code block. Nesting below the dedented item is kept relative to it.
/// </summary>
public sealed class TabIndentedListRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "TabIndentedList";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var fenced = context.FenceMask();
        var inList = false;
        var previousBlank = true;
        int? shift = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Span;
            if (fenced[i])
            {
                inList = false;
                shift = null;
                previousBlank = false;
                continue;
            }

            if (text.Length == 0)
            {
                previousBlank = true;
                continue;
            }

            var indentEnd = 0;
            while (indentEnd < text.Length && text[indentEnd] is ' ' or '\t')
            {
                indentEnd++;
            }

            var width = Columns(text[..indentEnd]);
            var isItem = IsListMarker(text[indentEnd..]);
            if (shift is not null && width < shift)
            {
                shift = null;
            }

            if (isItem && width == 0)
            {
                inList = true;
            }
            else if (isItem && !inList && shift is null)
            {
                shift = width;
                inList = true;
            }
            else if (!isItem && width == 0 && (previousBlank || text[0] == '#'))
            {
                inList = false;
                shift = null;
            }

            previousBlank = false;
            if (!inList || (indentEnd == 0))
            {
                continue;
            }

            // Unchanged when the indent is already that many spaces (most lines of a list).
            var newWidth = width - (shift ?? 0);
            if (newWidth == indentEnd && !text[..indentEnd].ContainsAnyExcept(' '))
            {
                continue;
            }

            var rewritten = string.Concat(new string(' ', newWidth), text[indentEnd..]);
            if (!rewritten.AsSpan().SequenceEqual(text))
            {
                lines.Replace(i, rewritten);
                context.Hit(this, lines[i].OriginalLine, shift is > 0 ? $"dedented list by {shift} columns" : "expanded tabs in list indentation");
            }
        }
    }

    private static int Columns(ReadOnlySpan<char> indent)
    {
        var col = 0;
        foreach (var ch in indent)
        {
            col = ch == '\t' ? (col / 4 * 4) + 4 : col + 1;
        }

        return col;
    }

    // ^([-*+]|\d{1,9}[.)])([ \t]|$) without a regex call per line (\d is any Unicode decimal digit, as in .NET regexes).
    private static bool IsListMarker(ReadOnlySpan<char> text)
    {
        int end;
        if (text.Length > 0 && text[0] is '-' or '*' or '+')
        {
            end = 1;
        }
        else
        {
            var digits = 0;
            while (digits < text.Length && char.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits is 0 or > 9 || digits == text.Length || text[digits] is not ('.' or ')'))
            {
                return false;
            }

            end = digits + 1;
        }

        // $ also matches before a final \n.
        return end == text.Length || text[end] is ' ' or '\t' || (end == text.Length - 1 && text[end] == '\n');
    }
}
