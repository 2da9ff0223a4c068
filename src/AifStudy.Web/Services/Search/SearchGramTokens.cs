using System.Globalization;
using System.Text;

namespace AifStudy.Web.Services.Search;

/// <summary>
/// The tokens of the <c>SearchGrams</c> table: every one- and two-character gram (by code point, never across
/// whitespace) of folded text, each written as six lower-case hex digits per code point, so that SQLite's
/// <c>ascii</c> tokenizer keeps it whole whatever the characters are (<c>c#</c>, <c>，</c>, emoji); and every pair of
/// characters on either side of one space (word boundaries: <c>a m</c> of <c>data model</c>), written with an
/// <c>x</c> between the two, so that a phrase's words must also be next to each other. A gram of a folded query term
/// is in a row's tokens exactly when the gram occurs in its folded title or body.
/// </summary>
internal static class SearchGramTokens
{
    private const int HexPerCodePoint = 6;

    /// <summary>Code points need 21 bits: a pair key puts the first (plus one) above them, so it never equals a single one.</summary>
    private const int PairShift = 21;

    /// <summary>Marks the key of a pair across a space (above any pair key).</summary>
    private const long AcrossSpace = 1L << (2 * PairShift + 1);

    private const long CodePointMask = (1L << PairShift) - 1;

    /// <summary>Each thread's set of grams, reused from row to row (an import prepares rows on several threads).</summary>
    [ThreadStatic]
    private static HashSet<long>? t_grams;

    /// <summary>The distinct grams of a row's folded title and body, space-separated (in no particular order).</summary>
    public static string ForRow(string foldedTitle, string foldedBody)
    {
        // One long per gram and one string for the row, not a string per gram: an import writes hundreds of thousands of rows.
        var grams = t_grams ??= [];
        grams.Clear();
        Add(grams, foldedTitle);
        Add(grams, foldedBody);
        if (grams.Count == 0)
        {
            return "";
        }

        var length = grams.Count - 1;
        foreach (var gram in grams)
        {
            length += (gram & AcrossSpace) != 0 ? (2 * HexPerCodePoint) + 1 : gram >> PairShift == 0 ? HexPerCodePoint : 2 * HexPerCodePoint;
        }

        return string.Create(length, grams, static (span, grams) =>
        {
            var at = 0;
            foreach (var gram in grams)
            {
                if (at > 0)
                {
                    span[at++] = ' ';
                }

                var first = (int)((gram & ~AcrossSpace) >> PairShift);
                if (first != 0)
                {
                    WriteHex(span[at..], first - 1);
                    at += HexPerCodePoint;
                    if ((gram & AcrossSpace) != 0)
                    {
                        span[at++] = 'x';
                    }
                }

                WriteHex(span[at..], (int)(gram & CodePointMask));
                at += HexPerCodePoint;
            }
        });
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
    /// for characters standing alone between spaces) and the pairs across each single space. A filter that narrows,
    /// not a match: check the term itself too.
    /// </summary>
    public static IReadOnlyCollection<string> Necessary(string foldedTerm)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        string? previousLast = null;
        foreach (var run in foldedTerm.Split(' '))
        {
            var runes = run.EnumerateRunes().Select(Hex).ToList();
            if (runes.Count == 0)
            {
                previousLast = null;
                continue;
            }

            if (previousLast is not null)
            {
                grams.Add(previousLast + "x" + runes[0]);
            }

            if (runes.Count == 1)
            {
                grams.Add(runes[0]);
            }

            for (var i = 1; i < runes.Count; i++)
            {
                grams.Add(runes[i - 1] + runes[i]);
            }

            previousLast = runes[^1];
        }

        return grams;
    }

    private static void Add(HashSet<long> grams, string text)
    {
        // previous: the character before this one (-1 after whitespace); beforeSpace: the one before a single space.
        var (previous, beforeSpace) = (-1, -1);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                (beforeSpace, previous) = (rune.Value == ' ' ? previous : -1, -1);
                continue;
            }

            var value = rune.Value;
            grams.Add(value);
            if (previous >= 0)
            {
                grams.Add(((long)(previous + 1) << PairShift) | (uint)value);
            }
            else if (beforeSpace >= 0)
            {
                grams.Add(AcrossSpace | ((long)(beforeSpace + 1) << PairShift) | (uint)value);
            }

            (previous, beforeSpace) = (value, -1);
        }
    }

    private static void WriteHex(Span<char> span, int value)
    {
        for (var i = HexPerCodePoint - 1; i >= 0; i--)
        {
            span[i] = "0123456789abcdef"[value & 0xf];
            value >>= 4;
        }
    }

    private static string Hex(Rune rune) => rune.Value.ToString("x6", CultureInfo.InvariantCulture);
}
