using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Where the lines of a text start, for <see cref="NormalizationContext"/>'s lines kept as ranges of the text.</summary>
internal static class LineStarts
{
    /// <summary>
    /// The start of every line split on <c>\n</c>, in order, and one entry past the last line (the text's length + 1), so
    /// line i is <c>text[starts[i]..(starts[i + 1] - 1)]</c>.
    /// </summary>
    public static int[] Of(string text)
    {
        var count = text.AsSpan().Count('\n') + 1;
        var starts = new int[count + 1];
        var line = 1;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            // Sixteen characters at a time: most lines are longer than that.
            ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var newline = Vector128.Create((ushort)'\n');
            for (; i + (2 * Vector128<ushort>.Count) <= text.Length; i += 2 * Vector128<ushort>.Count)
            {
                var low = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)i), newline);
                var high = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)(i + Vector128<ushort>.Count)), newline);
                var mask = Vector128.Narrow(low, high).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    starts[line++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (var end = text.IndexOf('\n', i); end >= 0; end = text.IndexOf('\n', end + 1))
        {
            starts[line++] = end + 1;
        }

        starts[count] = text.Length + 1;
        return starts;
    }
}
