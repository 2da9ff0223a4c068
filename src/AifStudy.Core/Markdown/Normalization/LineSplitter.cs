using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Cuts a text into <see cref="SourceLine"/>s, slices of it, for <see cref="SourceLines"/>.</summary>
internal static class LineSplitter
{
    /// <summary>The lines of <paramref name="text"/> split on <c>\n</c>, without it, numbered from 1.</summary>
    public static SourceLine[] Split(string text)
    {
        var lines = new SourceLine[text.AsSpan().Count('\n') + 1];
        var line = 0;
        var start = 0;
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
                    var end = i + BitOperations.TrailingZeroCount(mask);
                    lines[line] = new SourceLine(text, start, end - start, line + 1);
                    (line, start) = (line + 1, end + 1);
                    mask &= mask - 1;
                }
            }
        }

        for (var end = text.IndexOf('\n', i); end >= 0; end = text.IndexOf('\n', end + 1))
        {
            lines[line] = new SourceLine(text, start, end - start, line + 1);
            (line, start) = (line + 1, end + 1);
        }

        lines[line] = new SourceLine(text, start, text.Length - start, line + 1);
        return lines;
    }
}
