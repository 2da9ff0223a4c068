namespace AifStudy.Core.Search;

/// <summary>
/// A BM25-style relevance score over folded text, computed for the few candidates a query returns rather than from
/// index statistics (FTS5's <c>bm25()</c> reads every row holding each term to weigh it, which is what made common
/// terms slow). Every term weighs the same; a title occurrence counts as <see cref="TitleWeight"/> body occurrences.
/// </summary>
public static class SearchRanking
{
    /// <summary>How many body occurrences one title occurrence is worth.</summary>
    public const double TitleWeight = 3;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>
    /// The score of one row: negative when any term occurs, lower is better (the convention of FTS5's <c>bm25()</c>).
    /// </summary>
    /// <param name="foldedTitle">The row's folded title.</param>
    /// <param name="foldedBody">The row's folded body.</param>
    /// <param name="foldedTerms">The query's folded terms.</param>
    /// <param name="averageLength">The mean of <c>title.Length + body.Length</c> over the rows being ranked.</param>
    /// <param name="weight">A factor for the whole row (less than 1 for rows that should come after equal matches).</param>
    public static double Score(string foldedTitle, string foldedBody, IReadOnlyList<string> foldedTerms, double averageLength, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(foldedTitle);
        ArgumentNullException.ThrowIfNull(foldedBody);
        ArgumentNullException.ThrowIfNull(foldedTerms);
        var length = foldedTitle.Length + foldedBody.Length;
        var norm = K1 * (1 - B + (B * length / Math.Max(1, averageLength)));
        var score = 0.0;
        foreach (var term in foldedTerms)
        {
            var frequency = (TitleWeight * Count(foldedTitle, term)) + Count(foldedBody, term);
            score += frequency * (K1 + 1) / (frequency + norm);
        }

        return -score * weight;
    }

    private static int Count(string text, string term)
    {
        if (term.Length == 0)
        {
            return 0;
        }

        var count = 0;
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
