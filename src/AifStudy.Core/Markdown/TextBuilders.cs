using System.Text;

namespace AifStudy.Core.Markdown;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the parser's short-lived texts (plain text of inlines and
/// blocks), so that a parse does not allocate a builder and its growing buffers per paragraph.
/// </summary>
internal static class TextBuilders
{
    private const int MaxKeptCapacity = 64 * 1024;
    private const int Kept = 4;

    // Builders are nested (a section's text holds one while each paragraph's text takes another), so keep a few.
    [ThreadStatic]
    private static StringBuilder?[]? t_cached;

    [ThreadStatic]
    private static int t_count;

    /// <summary>An empty builder, reused when the thread has one free.</summary>
    public static StringBuilder Rent()
    {
        var cached = t_cached;
        if (cached is null || t_count == 0)
        {
            return new StringBuilder(256);
        }

        var sb = cached[--t_count]!;
        cached[t_count] = null;
        sb.Clear();
        return sb;
    }

    /// <summary>The builder's text with leading and trailing white space removed (as <see cref="string.Trim()"/>); returns the builder.</summary>
    public static string ToTrimmedStringAndReturn(StringBuilder sb)
    {
        var start = 0;
        var end = sb.Length;
        while (start < end && char.IsWhiteSpace(sb[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }

        var text = end == start ? "" : sb.ToString(start, end - start);
        Return(sb);
        return text;
    }

    /// <summary>The builder's text; returns the builder.</summary>
    public static string ToStringAndReturn(StringBuilder sb)
    {
        var text = sb.Length == 0 ? "" : sb.ToString();
        Return(sb);
        return text;
    }

    /// <summary>Gives the builder back for reuse.</summary>
    public static void Return(StringBuilder sb)
    {
        var cached = t_cached ??= new StringBuilder?[Kept];
        if (sb.Capacity <= MaxKeptCapacity && t_count < Kept)
        {
            cached[t_count++] = sb;
        }
    }
}
