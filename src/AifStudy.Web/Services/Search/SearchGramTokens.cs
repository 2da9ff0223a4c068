using System.Globalization;
using System.Text;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// The tokens of the <c>SearchGrams</c> table: every one- and two-character gram (by code point, never across
/// whitespace) of folded text, each written as six lower-case hex digits per code point, so that SQLite's
/// <c>ascii</c> tokenizer keeps it whole whatever the characters are (<c>c#</c>, <c>，</c>, emoji). A gram of a
/// folded query term is in a row's tokens exactly when the term occurs in its folded title or body, which makes a
/// gram lookup the same filter as <c>LIKE '%term%'</c>, from an index.
/// </summary>
internal static class SearchGramTokens
{
    /// <summary>The distinct grams of a row's folded title and body, space-separated.</summary>
    public static string ForRow(string foldedTitle, string foldedBody)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        Add(grams, foldedTitle);
        Add(grams, foldedBody);
        return string.Join(' ', grams);
    }

    /// <summary>The token of a folded one- or two-character term; <c>null</c> for longer terms or ones holding whitespace.</summary>
    public static string? ForTerm(string foldedTerm)
    {
        var runes = foldedTerm.EnumerateRunes().ToList();
        if (runes.Count is < 1 or > 2 || runes.Exists(Rune.IsWhiteSpace))
        {
            return null;
        }

        return string.Concat(runes.Select(Hex));
    }

    /// <summary>
    /// Tokens every row holding a folded term of any length must have: its two-character grams (one-character ones
    /// for characters standing alone between spaces). A filter that narrows, not a match: check the term itself too.
    /// </summary>
    public static IReadOnlyCollection<string> Necessary(string foldedTerm)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in foldedTerm.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var runes = run.EnumerateRunes().Select(Hex).ToList();
            if (runes.Count == 1)
            {
                grams.Add(runes[0]);
            }

            for (var i = 1; i < runes.Count; i++)
            {
                grams.Add(runes[i - 1] + runes[i]);
            }
        }

        return grams;
    }

    private static void Add(HashSet<string> grams, string text)
    {
        string? previous = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                previous = null;
                continue;
            }

            var hex = Hex(rune);
            grams.Add(hex);
            if (previous is not null)
            {
                grams.Add(previous + hex);
            }

            previous = hex;
        }
    }

    private static string Hex(Rune rune) => rune.Value.ToString("x6", CultureInfo.InvariantCulture);
}
