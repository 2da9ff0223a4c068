using System.Runtime.Intrinsics;
using AifStudy.Core.Search;

namespace AifStudy.Core.Notes;

/// <summary>
/// What each UTF-16 unit is for the language counts, in one 64 KB table, so counting does one lookup per character
/// instead of several range checks and two 128 KB conversion tables.
/// </summary>
internal static class CharKinds
{
    /// <summary>a-z, A-Z.</summary>
    public const byte AsciiLetter = 1;

    /// <summary>An ideograph (<see cref="ScriptCounts.IsCjk"/>).</summary>
    public const byte Ideograph = 2;

    /// <summary>An ideograph only Traditional Chinese writes.</summary>
    public const byte TraditionalOnly = 4;

    /// <summary>An ideograph only Simplified Chinese writes.</summary>
    public const byte SimplifiedOnly = 8;

    /// <summary>A Latin letter with a diacritic (U+00C0 to U+024F).</summary>
    public const byte LatinExtended = 16;

    /// <summary>The kinds of every UTF-16 unit.</summary>
    public static byte[] Table { get; } = Build();

    /// <summary>Bit i set when character i of an ASCII <paramref name="block"/> is a-z or A-Z.</summary>
    public static uint AsciiLetters(Vector128<ushort> block)
    {
        // (ch | 0x20) folds A-Z onto a-z; anything else lands outside 'a'..'z' (below 'a' wraps around).
        var folded = (block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
        return Vector128.LessThanOrEqual(folded, Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
    }

    private static byte[] Build()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var ch = (char)i;
            byte kind = ch switch
            {
                (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') => AsciiLetter,
                >= '\u00C0' and <= '\u024F' => LatinExtended,
                _ => 0,
            };
            if (ScriptCounts.IsCjk(ch))
            {
                kind |= Ideograph;
                kind |= ChineseScript.IsTraditionalOnly(ch) ? TraditionalOnly : (byte)0;
                kind |= ChineseScript.IsSimplifiedOnly(ch) ? SimplifiedOnly : (byte)0;
            }

            kinds[i] = kind;
        }

        return kinds;
    }
}
