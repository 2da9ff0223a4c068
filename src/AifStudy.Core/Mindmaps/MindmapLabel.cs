using System.Text;

namespace AifStudy.Core.Mindmaps;

/// <summary>
/// Makes text safe inside a Mermaid mindmap quoted node (<c>id["label"]</c>): one line, no ASCII double quotes or
/// backticks (they end the string or start a markdown string), every <c>%</c> as Mermaid's entity code <c>#37;</c>
/// (shown as <c>%</c>), truncated to a readable length with an ellipsis. Everything else — full-width punctuation,
/// brackets, parentheses, colons, slashes — is kept as written.
/// </summary>
public static class MindmapLabel
{
    /// <summary>
    /// Labels wider than this are cut and end with <c>…</c>. Width counts a wide (CJK, full-width) character as 2 and
    /// anything else as 1, so about 22 Chinese characters or 44 Latin letters fit.
    /// </summary>
    public const int MaxWidth = 44;

    /// <summary>The safe, truncated form of <paramref name="text"/>.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '"' => '\'',
                '`' => '\'',
                '\r' or '\n' or '\t' => ' ',
                _ when char.IsControl(ch) => ' ',
                _ => ch,
            });
        }

        var label = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (label.Length == 0)
        {
            return "…";
        }

        // Mermaid reads %%{...}%% anywhere in its source as a directive before it parses nodes: one in a heading would
        // configure the drawing, and an unclosed one swallows the rest of the map. Entity codes are decoded after that.
        return Truncate(label).Replace("%", "#37;", StringComparison.Ordinal);
    }

    private static string Truncate(string label)
    {
        var width = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(label);
        var cut = -1;
        while (elements.MoveNext())
        {
            width += IsWide(label[elements.ElementIndex]) ? 2 : 1;
            if (width > MaxWidth - 1 && cut < 0)
            {
                cut = elements.ElementIndex;
            }

            if (width > MaxWidth)
            {
                return label[..cut].TrimEnd() + "…";
            }
        }

        return label;
    }

    /// <summary>East Asian wide characters: CJK ideographs, kana, hangul, full-width forms and CJK punctuation.</summary>
    private static bool IsWide(char ch) => ch is >= '\u1100' and <= '\u115F'
        or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF'
        or >= '\uFE30' and <= '\uFE4F'
        or >= '\uFF00' and <= '\uFF60'
        or >= '\uFFE0' and <= '\uFFE6';
}
