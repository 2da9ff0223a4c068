using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AifStudy.Core.Notes;

/// <summary>
/// The units <see cref="LanguageDetector"/> counts: ideographs (and how many are Traditional- or Simplified-only) and
/// English words. Counts of texts separated by a line break add up, so a note's counts are the sum of its sections'.
/// </summary>
internal readonly record struct LanguageCounts(int Cjk, int Words, int Traditional, int Simplified)
{
    public static LanguageCounts Of(string text) => Of(text.AsSpan());

    public static LanguageCounts Of(ReadOnlySpan<char> text)
    {
        int cjk = 0, words = 0, traditional = 0, simplified = 0;

        // inWord: 1 while in a run of ASCII letters. Eight characters at a time: word starts and ideographs from bit masks,
        // and the table only for blocks with ideographs (whether they are Traditional- or Simplified-only).
        var inWord = 0;
        ref var kinds = ref MemoryMarshal.GetArrayDataReference(CharKinds.Table);
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var letters = CharKinds.AsciiLetters(block);
                words += BitOperations.PopCount(letters & ~((letters << 1) | (uint)inWord));
                inWord = (int)(letters >> (Vector128<ushort>.Count - 1));
                var ideographs = CharKinds.Ideographs(block);
                if (ideographs == 0)
                {
                    continue;
                }

                cjk += BitOperations.PopCount(ideographs);
                for (var k = i; k < i + Vector128<ushort>.Count; k++)
                {
                    var kind = Unsafe.Add(ref kinds, Unsafe.Add(ref chars, k));
                    traditional += (kind & CharKinds.TraditionalOnly) >> 2;
                    simplified += (kind & CharKinds.SimplifiedOnly) >> 3;
                }
            }
        }

        for (; i < text.Length; i++)
        {
            Count(Unsafe.Add(ref kinds, Unsafe.Add(ref chars, i)), ref inWord, ref words, ref cjk, ref traditional, ref simplified);
        }

        return new LanguageCounts(cjk, words, traditional, simplified);
    }

    // Without branches: the flags are bits, and Traditional-/Simplified-only are set on ideographs only.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Count(byte kind, ref int inWord, ref int words, ref int cjk, ref int traditional, ref int simplified)
    {
        var latin = kind & CharKinds.AsciiLetter;
        words += latin & ~inWord;
        inWord = latin;
        cjk += (kind & CharKinds.Ideograph) >> 1;
        traditional += (kind & CharKinds.TraditionalOnly) >> 2;
        simplified += (kind & CharKinds.SimplifiedOnly) >> 3;
    }

    public static LanguageCounts operator +(LanguageCounts a, LanguageCounts b) =>
        new(a.Cjk + b.Cjk, a.Words + b.Words, a.Traditional + b.Traditional, a.Simplified + b.Simplified);

    /// <summary>Language tags that make up at least <see cref="LanguageDetector.MinimumShare"/> of the units, most frequent first.</summary>
    public IReadOnlyList<string> Languages()
    {
        var total = (double)(Cjk + Words);
        var chinese = Cjk > 0 && Cjk / total >= LanguageDetector.MinimumShare;
        var english = Words > 0 && Words / total >= LanguageDetector.MinimumShare;
        var zh = Traditional > Simplified ? "zh-Hant" : "zh-Hans";

        // Most frequent first; Chinese first on a tie.
        return (chinese, english) switch
        {
            (true, true) => Words > Cjk ? ["en", zh] : [zh, "en"],
            (true, false) => [zh],
            (false, true) => ["en"],
            _ => [],
        };
    }
}
