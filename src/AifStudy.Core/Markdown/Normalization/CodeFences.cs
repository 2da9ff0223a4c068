namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Finds fenced code blocks at line level, so rules can leave code untouched.</summary>
internal static class CodeFences
{
    /// <summary>True for lines that open, close or sit inside a ``` or ~~~ fence.</summary>
    public static bool[] Mask(SourceLines lines)
    {
        var mask = new bool[lines.Count];
        var open = default(Fence);
        for (var i = 0; i < mask.Length; i++)
        {
            var line = lines[i].Span;
            var fence = FenceOf(line);
            if (open.Length == 0)
            {
                if (fence.Length > 0)
                {
                    open = fence;
                    mask[i] = true;
                }
            }
            else
            {
                mask[i] = true;
                // A closing fence uses the same character, at least as long, with nothing after it.
                if (fence.Length > 0 && fence.Char == open.Char && fence.Length >= open.Length
                    && line.Trim().Length == fence.Length)
                {
                    open = default;
                }
            }
        }

        return mask;
    }

    /// <summary>True when <paramref name="line"/> could open a fence (a line inside one may look like that too).</summary>
    public static bool IsFence(ReadOnlySpan<char> line) => FenceOf(line).Length > 0;

    // The fence's character and length, or length 0 when the line is no fence.
    private static Fence FenceOf(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return default;
        }

        var n = 0;
        while (n < trimmed.Length && trimmed[n] == trimmed[0])
        {
            n++;
        }

        // "```a``` b" is inline code in a paragraph: the text after a backtick fence may hold no backtick.
        return n >= 3 && !(trimmed[0] == '`' && trimmed[n..].Contains('`')) ? new Fence(trimmed[0], n) : default;
    }

    private readonly record struct Fence(char Char, int Length);
}
