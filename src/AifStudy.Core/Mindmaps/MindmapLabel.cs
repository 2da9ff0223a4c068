using System.Text;

namespace AifStudy.Core.Mindmaps;

/// <summary>
/// Makes text safe inside a Mermaid mindmap quoted node (<c>id["label"]</c>): one line, no ASCII double quotes or
/// backticks (they end the string or start a markdown string), truncated to a readable length with an ellipsis.
/// Everything else — full-width punctuation, brackets, parentheses, colons, slashes — is kept as written.
/// </summary>
public static class MindmapLabel
{
    /// <summary>Labels longer than this are cut and end with <c>…</c>.</summary>
    public const int MaxLength = 40;

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

        var info = new System.Globalization.StringInfo(label);
        return info.LengthInTextElements <= MaxLength ? label : info.SubstringByTextElements(0, MaxLength - 1).TrimEnd() + "…";
    }
}
