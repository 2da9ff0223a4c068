using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Reads a line written as an HTML heading (<c>&lt;h4&gt;Data Lake&lt;/h4&gt;</c>, <c>&lt;h2 align="center"&gt;Domain 1:&lt;/h2&gt; Data
/// Preparation</c>) as the Markdown heading it stands for: <c>#### Data Lake</c>. CommonMark would read it as an HTML
/// block that runs on to the next blank line, swallowing the paragraph under it, and the section would have no title.
/// Tags inside the heading are dropped; text after the closing tag stays part of the title.
/// </summary>
public sealed partial class HtmlHeadingRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "HtmlHeading";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool[]? fenced = null;
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Span;
            var start = text.IndexOfAnyExcept(' ');
            // Most lines do not open with "<h": two comparisons each.
            if (start is < 0 or > 3 || start + 2 >= text.Length || text[start] != '<' || text[start + 1] is not ('h' or 'H')
                || HtmlHeading().Match(text.ToString()) is not { Success: true } m || (fenced ??= context.FenceMask())[i])
            {
                continue;
            }

            var title = string.Join(" ", new[] { Tag().Replace(m.Groups["inner"].Value, " "), Tag().Replace(m.Groups["rest"].Value, " ") }
                .Select(t => Spaces().Replace(t, " ").Trim()).Where(t => t.Length > 0));
            if (title.Length == 0)
            {
                continue;
            }

            lines.Replace(i, new string('#', m.Groups["level"].Value[0] - '0') + " " + title);
            context.Hit(this, lines[i].OriginalLine, "read an HTML heading as a heading");
        }
    }

    [GeneratedRegex(@"^ {0,3}<h(?<level>[1-6])(\s[^>]*)?>(?<inner>.*?)</h\k<level>\s*>(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
