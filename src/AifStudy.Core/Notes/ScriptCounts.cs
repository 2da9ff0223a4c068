namespace AifStudy.Core.Notes;

/// <summary>Counts of CJK ideographs and Latin letters in a text, for language and translation-pair decisions.</summary>
internal readonly record struct ScriptCounts(int Cjk, int Latin)
{
    public static ScriptCounts Of(string text) => Of(text.AsSpan());

    public static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int cjk = 0, latin = 0;
        var kinds = CharKinds.Table;
        foreach (var ch in text)
        {
            var kind = kinds[ch];
            cjk += (kind & CharKinds.Ideograph) != 0 ? 1 : 0;
            latin += (kind & (CharKinds.AsciiLetter | CharKinds.LatinExtended)) != 0 ? 1 : 0;
        }

        return new ScriptCounts(cjk, latin);
    }

    /// <summary>Mostly English: Latin letters outweigh ideographs (an ideograph carries about a word, so weigh it as 3 letters).</summary>
    public bool IsMostlyLatin => Latin > 0 && Latin > Cjk * 3;

    /// <summary>Mostly Chinese.</summary>
    public bool IsMostlyCjk => Cjk > 0 && Cjk * 3 >= Latin;

    public static bool IsCjk(char ch) =>
        ch is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
