namespace AifStudy.Core.Search;

/// <summary>Where search terms occur in a text, in the original text's coordinates.</summary>
internal static class MatchSpans
{
    /// <summary>Every occurrence of every term, found in folded form, sorted, with overlaps merged.</summary>
    public static List<(int Start, int End)> Find(string text, IReadOnlyList<string> terms)
    {
        var folded = FoldedText.Create(text, withMap: true);
        var spans = new List<(int Start, int End)>();
        foreach (var raw in terms)
        {
            // Folding again is harmless for folded terms and rescues callers that pass raw input.
            var term = string.IsNullOrEmpty(raw) ? "" : SearchText.Fold(raw);
            if (term.Length == 0)
            {
                continue;
            }

            for (var at = folded.Text.IndexOf(term, StringComparison.Ordinal); at >= 0;
                 at = folded.Text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                spans.Add(folded.OriginalSpan(at, at + term.Length));
            }
        }

        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
