namespace AifStudy.Core.Quality;

/// <summary>Whether two English words share a stem, a word's negation included.</summary>
internal static partial class QualityText
{
    /// <summary>
    /// True for two English words of one stem: the same, or a shared beginning of three letters or more that is at
    /// least half the shorter word, and four letters unless both words have six or more ("visual" / "vision",
    /// "multiple" / "multi", "model" / "models", "time" / "times"; not "modal" / "model").
    /// </summary>
    public static bool Related(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }

        // Three letters tell only in longer words: "visual" / "vision", not "modal" / "model".
        return (common == a.Length && common == b.Length) || (2 * common >= shorter && (common >= 4 || (common == 3 && shorter >= 6)))
            // "unreliable" / "reliability": a word and its negation share a stem too.
            || (Unnegated(a) is { } ua && Related(ua, b)) || (Unnegated(b) is { } ub && Related(a, ub));
    }

    private const int MinNegatedStem = 5;

    private static string? Unnegated(string word)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["non", "un", "dis", "ir"])
        {
            if (word.Length - prefix.Length >= MinNegatedStem && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return null;
    }
}
