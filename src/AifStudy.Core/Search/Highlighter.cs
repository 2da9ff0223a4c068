namespace AifStudy.Core.Search;

/// <summary>Finds search terms in a text and cuts a marked-up excerpt for a result list.</summary>
public static class Highlighter
{
    // How far a window edge may move to avoid cutting an English word in half.
    private const int WordSnapLimit = 16;

    /// <summary>
    /// An excerpt of at most <paramref name="maxLength"/> UTF-16 chars of <paramref name="text"/> around the
    /// first match of any term, with every match inside it marked. Matching is done on the
    /// <see cref="SearchText.Fold"/> form (so <c>基础</c> finds <c>基礎</c> and <c>rag</c> finds <c>ＲＡＧ</c>) but the
    /// segments hold the original characters. Without a match, the excerpt is the text's beginning.
    /// </summary>
    public static TextSnippet Snippet(string text, IReadOnlyList<string> foldedTerms, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(foldedTerms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);

        var matches = MatchSpans.Find(text, foldedTerms);
        var (start, end) = Window(text, matches.Count > 0 ? matches[0] : (0, 0), maxLength);
        return new TextSnippet(
            Segments(text, matches, start, end),
            StartsMidText: !text.AsSpan(0, start).IsWhiteSpace(),
            EndsMidText: !text.AsSpan(end).IsWhiteSpace());
    }

    private static (int Start, int End) Window(string text, (int Start, int End) first, int maxLength)
    {
        int start, end;
        if (first.End - first.Start >= maxLength)
        {
            (start, end) = (first.Start, first.Start + maxLength);
        }
        else
        {
            start = Math.Max(0, first.Start - ((maxLength - (first.End - first.Start)) / 2));
            end = Math.Min(text.Length, start + maxLength);
            start = Math.Max(0, end - maxLength);
            start = SnapStart(text, start, first.Start);
            end = SnapEnd(text, end, first.End);
            while (start < first.Start && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > first.End && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
        }

        // Never split a surrogate pair.
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        if (end < text.Length && end > start && char.IsLowSurrogate(text[end]))
        {
            end--;
        }

        return (start, Math.Min(end, text.Length));
    }

    private static int SnapStart(string text, int start, int limit)
    {
        if (start == 0 || !IsWordChar(text[start - 1]) || !IsWordChar(text[start]))
        {
            return start;
        }

        var space = text.IndexOf(' ', start, Math.Min(WordSnapLimit, limit - start));
        return space < 0 ? start : space + 1;
    }

    private static int SnapEnd(string text, int end, int limit)
    {
        if (end >= text.Length || !IsWordChar(text[end - 1]) || !IsWordChar(text[end]))
        {
            return end;
        }

        var from = Math.Max(limit, end - WordSnapLimit);
        var space = text.LastIndexOf(' ', end - 1, end - from);
        return space < 0 ? end : space;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);

    private static List<SnippetSegment> Segments(string text, List<(int Start, int End)> matches, int start, int end)
    {
        var segments = new List<SnippetSegment>();
        var position = start;
        foreach (var (matchStart, matchEnd) in matches)
        {
            var from = Math.Max(matchStart, start);
            var to = Math.Min(matchEnd, end);
            if (from >= to)
            {
                continue;
            }

            if (from > position)
            {
                segments.Add(new SnippetSegment(text[position..from], IsMatch: false));
            }

            segments.Add(new SnippetSegment(text[from..to], IsMatch: true));
            position = to;
        }

        if (end > position)
        {
            segments.Add(new SnippetSegment(text[position..end], IsMatch: false));
        }

        return segments;
    }
}
