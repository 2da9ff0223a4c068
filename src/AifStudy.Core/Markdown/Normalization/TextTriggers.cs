using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Which of the characters that trigger normalisation rules (<c>\r</c>, <c>\</c>, <c>&lt;</c>, <c>[</c>, <c>|</c>) a text
/// holds, and how many <c>|</c> and <c>[</c>: one pass, eight characters at a time, instead of one search per rule.
/// </summary>
internal sealed class TextTriggers
{
    private readonly int _flags;

    public TextTriggers(string text)
    {
        var span = text.AsSpan();
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        var found = Vector128<ushort>.Zero;
        var pipes = 0;
        var brackets = 0;
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= span.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.LoadUnsafe(ref chars, (nuint)i);
                var pipe = Vector128.Equals(block, Vector128.Create((ushort)'|'));
                var bracket = Vector128.Equals(block, Vector128.Create((ushort)'['));
                pipes += BitOperations.PopCount(pipe.ExtractMostSignificantBits());
                brackets += BitOperations.PopCount(bracket.ExtractMostSignificantBits());
                found |= (Vector128.Equals(block, Vector128.Create((ushort)'\r')) & Vector128.Create((ushort)1))
                    | (Vector128.Equals(block, Vector128.Create((ushort)'\\')) & Vector128.Create((ushort)2))
                    | (Vector128.Equals(block, Vector128.Create((ushort)'<')) & Vector128.Create((ushort)4))
                    | (bracket & Vector128.Create((ushort)8))
                    | (pipe & Vector128.Create((ushort)16));
            }
        }

        var flags = 0;
        for (var lane = 0; lane < Vector128<ushort>.Count; lane++)
        {
            flags |= found[lane];
        }

        foreach (var ch in span[i..])
        {
            pipes += ch == '|' ? 1 : 0;
            brackets += ch == '[' ? 1 : 0;
            flags |= FlagOf(ch);
        }

        Pipes = pipes;
        Brackets = brackets;
        _flags = flags;
    }

    /// <summary>How many <c>|</c> the text holds.</summary>
    public int Pipes { get; }

    /// <summary>How many <c>[</c> the text holds.</summary>
    public int Brackets { get; }

    /// <summary>False when the text holds no <paramref name="value"/>; true when it may (always for a character not tracked).</summary>
    public bool MayContain(char value)
    {
        var flag = FlagOf(value);
        return flag == 0 || (_flags & flag) != 0;
    }

    // The bit of a trigger character (the vector loop sets the same bits); 0 for any other character.
    private static int FlagOf(char value) => value switch
    {
        '\r' => 1,
        '\\' => 2,
        '<' => 4,
        '[' => 8,
        '|' => 16,
        _ => 0,
    };
}
