namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Finds fenced code blocks at line level, so rules can leave code untouched.</summary>
internal static class CodeFences
{
    /// <summary>True for lines that open, close or sit inside a ``` or ~~~ fence.</summary>
    public static bool[] Mask(IReadOnlyList<string> lines)
    {
        var mask = new bool[lines.Count];
        string? open = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = FenceOf(lines[i]);
            if (open is null)
            {
                if (fence is not null)
                {
                    open = fence;
                    mask[i] = true;
                }
            }
            else
            {
                mask[i] = true;
                // A closing fence uses the same character, at least as long, with nothing after it.
                if (fence is not null && fence[0] == open[0] && fence.Length >= open.Length
                    && lines[i].Trim().Length == fence.Length)
                {
                    open = null;
                }
            }
        }

        return mask;
    }

    private static string? FenceOf(string line)
    {
        var trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3 || trimmed.Length < 3 || (trimmed[0] != '`' && trimmed[0] != '~'))
        {
            return null;
        }

        var n = 0;
        while (n < trimmed.Length && trimmed[n] == trimmed[0])
        {
            n++;
        }

        return n >= 3 ? trimmed[..n] : null;
    }
}
