using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AifStudy.Core.Notes;

/// <summary>Counts of CJK ideographs and Latin letters in a text, for language and translation-pair decisions.</summary>
internal readonly record struct ScriptCounts(int Cjk, int Latin)
{
    public static ScriptCounts Of(string text) => Of(text.AsSpan());

    public static ScriptCounts Of(ReadOnlySpan<char> text)
    {
        int cjk = 0, latin = 0;
        ref var kinds = ref MemoryMarshal.GetArrayDataReference(CharKinds.Table);
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time, from bit masks.
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                cjk += BitOperations.PopCount(CharKinds.Ideographs(block));
                latin += BitOperations.PopCount(CharKinds.AsciiLetters(block) | CharKinds.LatinWithDiacritics(block));
            }
        }

        for (; i < text.Length; i++)
        {
            var kind = Unsafe.Add(ref kinds, Unsafe.Add(ref chars, i));
            cjk += (kind & CharKinds.Ideograph) >> 1;
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
