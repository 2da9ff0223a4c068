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

    /// <summary>Bit i set when character i of <paramref name="block"/> is an ideograph (<see cref="ScriptCounts.IsCjk"/>).</summary>
    public static uint Ideographs(Vector128<ushort> block) =>
        (Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0x4E00), Vector128.Create((ushort)(0x9FFF - 0x4E00)))
            | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0x3400), Vector128.Create((ushort)(0x4DBF - 0x3400)))
            | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0xF900), Vector128.Create((ushort)(0xFAFF - 0xF900))))
        .ExtractMostSignificantBits();

    /// <summary>Bit i set when character i of <paramref name="block"/> is a Latin letter with a diacritic (<see cref="LatinExtended"/>).</summary>
    public static uint LatinWithDiacritics(Vector128<ushort> block) =>
        Vector128.LessThanOrEqual(block - Vector128.Create((ushort)0x00C0), Vector128.Create((ushort)(0x024F - 0x00C0)))
            .ExtractMostSignificantBits();

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
