using System.Globalization;
using System.Text;

namespace AifStudy.Core.Search;

/// <summary>Splits already folded query text into terms; see <see cref="SearchQuery.Parse"/>.</summary>
internal static class QueryTokenizer
{
    private static readonly char[] Quotes = ['"', '\u201C', '\u201D'];

    // Kept inside words so "gpt-4", "c#", "c++", "node.js" and "a/b" stay one term.
    private const string Joiners = "-_.+#/&@'";

    public static List<SearchTerm> Tokenize(string folded)
    {
        var terms = new List<SearchTerm>();
        for (var i = 0; i < folded.Length;)
        {
            if (Array.IndexOf(Quotes, folded[i]) >= 0)
            {
                var close = folded.IndexOfAny(Quotes, i + 1);
                if (close < 0)
                {
                    i++; // An unmatched quote is ignored; what follows is read as words.
                    continue;
                }

                AddPhrase(terms, folded[(i + 1)..close]);
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < folded.Length && folded[end] != ' ' && Array.IndexOf(Quotes, folded[end]) < 0)
            {
                end++;
            }

            AddWords(terms, folded[i..end]);
            i = Math.Max(end, i + 1);
        }

        return terms;
    }

    private static void AddPhrase(List<SearchTerm> terms, string phrase)
    {
        var text = new string([.. phrase.Where(c => !char.IsControl(c))]).Trim();
        if (text.EnumerateRunes().Any(Rune.IsLetterOrDigit))
        {
            Add(terms, new SearchTerm(text, IsPhrase: true));
        }
    }

    private static void AddWords(List<SearchTerm> terms, string token)
    {
        var piece = new StringBuilder();
        bool? pieceIsCjk = null;
        foreach (var rune in token.EnumerateRunes())
        {
            var isWordRune = IsWordRune(rune);
            var isCjk = CjkText.IsCjk(rune);
            if (!isWordRune || (pieceIsCjk is { } cjk && cjk != isCjk))
            {
                AddWord(terms, piece.ToString());
                piece.Clear();
                pieceIsCjk = null;
            }

            if (isWordRune)
            {
                piece.Append(rune.ToString());
                pieceIsCjk = isCjk;
            }
        }

        AddWord(terms, piece.ToString());
    }

    private static void AddWord(List<SearchTerm> terms, string word)
    {
        // Joiners only join: none at the start, and only "+" or "#" at the end (c++, c#).
        var start = 0;
        while (start < word.Length && !char.IsLetterOrDigit(word, start) && !char.IsSurrogate(word, start))
        {
            start++;
        }

        var end = word.Length;
        while (end > start && Joiners.Contains(word[end - 1], StringComparison.Ordinal) && word[end - 1] is not ('+' or '#'))
        {
            end--;
        }

        if (end > start)
        {
            Add(terms, new SearchTerm(word[start..end], IsPhrase: false));
        }
    }

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || (rune.IsAscii && Joiners.Contains((char)rune.Value, StringComparison.Ordinal));

    private static void Add(List<SearchTerm> terms, SearchTerm term)
    {
        if (!terms.Contains(term))
        {
            terms.Add(term);
        }
    }
}
