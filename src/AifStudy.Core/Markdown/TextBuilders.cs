namespace AifStudy.Core.Markdown;

/// <summary>
/// A few reusable <see cref="TextBuffer"/>s per thread for the parser's short-lived texts (plain text of inlines and
/// blocks), so that a parse does not allocate a buffer and its growing arrays per paragraph.
/// </summary>
internal static class TextBuilders
{
    private const int MaxKeptCapacity = 64 * 1024;
    private const int Kept = 4;

    // Buffers are nested (a section's text holds one while each paragraph's text takes another), so keep a few.
    [ThreadStatic]
    private static TextBuffer?[]? t_cached;

    [ThreadStatic]
    private static int t_count;

    /// <summary>An empty buffer, reused when the thread has one free.</summary>
    public static TextBuffer Rent()
    {
        var cached = t_cached;
        if (cached is null || t_count == 0)
        {
            return new TextBuffer();
        }

        var buffer = cached[--t_count]!;
        cached[t_count] = null;
        buffer.Clear();
        return buffer;
    }

    /// <summary>The buffer's text with leading and trailing white space removed (as <see cref="string.Trim()"/>); returns the buffer.</summary>
    public static string ToTrimmedStringAndReturn(TextBuffer buffer)
    {
        var text = buffer.AsSpan();
        var trimmed = text.Trim();
        var result = trimmed.Length == text.Length ? buffer.ToString() : trimmed.IsEmpty ? "" : new string(trimmed);
        Return(buffer);
        return result;
    }

    /// <summary>The buffer's text; returns the buffer.</summary>
    public static string ToStringAndReturn(TextBuffer buffer)
    {
        var text = buffer.ToString();
        Return(buffer);
        return text;
    }

    /// <summary>Gives the buffer back for reuse.</summary>
    public static void Return(TextBuffer buffer)
    {
        var cached = t_cached ??= new TextBuffer?[Kept];
        if (buffer.Capacity <= MaxKeptCapacity && t_count < Kept)
        {
            cached[t_count++] = buffer;
        }
    }
}
