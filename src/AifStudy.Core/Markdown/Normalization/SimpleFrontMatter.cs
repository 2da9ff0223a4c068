namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// The usual front matter, <c>key: plain words</c> and <c>key: [a, b]</c> lines only, read without YamlDotNet (which
/// costs as much as the rest of the normalisation). What YamlDotNet reads from such lines is certain; anything else
/// (quotes, comments, blocks, empty or special values such as <c>null</c> or <c>yes</c>, repeated keys) is left to it.
/// </summary>
internal static class SimpleFrontMatter
{
    /// <summary>
    /// Each line's key, its items (one for a scalar) and whether it was a sequence; null for anything but simple lines.
    /// </summary>
    public static List<(string Key, List<string> Items, bool IsSequence)>? Read(IReadOnlyList<SourceLine> lines)
    {
        var entries = new List<(string Key, List<string> Items, bool IsSequence)>(lines.Count);
        foreach (var line in lines)
        {
            var text = line.Span;
            var colon = text.IndexOf(": ");
            if (colon <= 0 || !IsSimpleKey(text[..colon]))
            {
                return null;
            }

            var key = text[..colon].ToString();
            var value = text[(colon + 2)..];
            var items = new List<string>();
            var isSequence = value.Length >= 2 && value[0] == '[' && value[^1] == ']';
            if (isSequence)
            {
                foreach (var range in value[1..^1].Split(','))
                {
                    var item = value[1..^1][range];
                    item = item.Length > 0 && item[0] == ' ' ? item[1..] : item;
                    if (!IsSimpleScalar(item))
                    {
                        return null;
                    }

                    items.Add(item.ToString());
                }
            }
            else if (IsSimpleScalar(value))
            {
                items.Add(value.ToString());
            }
            else
            {
                return null;
            }

            if (entries.Exists(e => e.Key == key))
            {
                return null;
            }

            entries.Add((key, items, isSequence));
        }

        return entries;
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var ch in key)
        {
            if (!char.IsAsciiLetterOrDigit(ch) && ch is not ('_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    // Words of letters and digits (with . _ / - inside), single spaces between; not a YAML null or boolean.
    private static bool IsSimpleScalar(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsLetterOrDigit(value[0]) || !char.IsLetterOrDigit(value[^1]) || IsSpecialWord(value))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            var ok = char.IsLetterOrDigit(ch) || ch is '.' or '_' or '/' or '-' || (ch == ' ' && value[i - 1] != ' ');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpecialWord(ReadOnlySpan<char> value) =>
        value.Length <= 5 && value.ToString().ToLowerInvariant() is "null" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n";
}
