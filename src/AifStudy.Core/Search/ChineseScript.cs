namespace AifStudy.Core.Search;

/// <summary>
/// Character-level conversion between Traditional and Simplified Chinese, using OpenCC's
/// <c>TSCharacters</c> and <c>STCharacters</c> tables as shipped by opencc-js (see docs/search.md).
/// </summary>
/// <remarks>
/// Conversion is one UTF-16 unit to one, so the result always has the input's length and every
/// index stays valid; pairs outside the Basic Multilingual Plane and phrase-level rules are not
/// applied. One-to-many entries use OpenCC's first (primary) choice. Safe for concurrent use.
/// </remarks>
public static class ChineseScript
{
    private static readonly char[] TraditionalToSimplified = ScriptTable.Load("t2s-chars.txt");
    private static readonly char[] SimplifiedToTraditional = ScriptTable.Load("s2t-chars.txt");

    /// <summary>Traditional characters replaced by their Simplified forms; everything else is untouched.</summary>
    public static string ToSimplified(string text) => Convert(text, TraditionalToSimplified);

    /// <summary>Simplified characters replaced by their primary Traditional forms; everything else is untouched.</summary>
    public static string ToTraditional(string text) => Convert(text, SimplifiedToTraditional);

    /// <summary>The Simplified form of one character, or the character itself.</summary>
    public static char ToSimplified(char c) => TraditionalToSimplified[c];

    /// <summary>The primary Traditional form of one character, or the character itself.</summary>
    public static char ToTraditional(char c) => SimplifiedToTraditional[c];

    /// <summary>True for a character only Traditional Chinese writes (OpenCC maps it to a different Simplified one).</summary>
    public static bool IsTraditionalOnly(char c) => TraditionalToSimplified[c] != c;

    /// <summary>True for a character only Simplified Chinese writes (it has a different Traditional form and is not itself Traditional).</summary>
    public static bool IsSimplifiedOnly(char c) => SimplifiedToTraditional[c] != c && TraditionalToSimplified[c] == c;

    private static string Convert(string text, char[] table)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (table[text[i]] != text[i])
            {
                return string.Create(text.Length, (text, table), static (span, state) =>
                {
                    for (var j = 0; j < span.Length; j++)
                    {
                        span[j] = state.table[state.text[j]];
                    }
                });
            }
        }

        return text;
    }
}
