using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Turns Obsidian <c>[[Page]]</c> and <c>[[Page|alias]]</c> into markdown links to <c>/notes/{slug}</c>; <c>![[x]]</c> embeds become images.</summary>
public sealed partial class WikilinksRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "Wikilinks";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AnyLineContains("[["))
        {
            return;
        }

        var lines = context.Lines;
        bool[]? fenced = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Span.Contains("[[", StringComparison.Ordinal) || (fenced ??= context.FenceMask())[i])
            {
                continue;
            }

            var text = lines[i].Text;
            var rewritten = InlineCode.ReplaceOutsideCode(text, segment => Wikilink().Replace(segment, Replace));
            if (rewritten != text)
            {
                lines.Replace(i, rewritten);
                context.Hit(this, lines[i].OriginalLine, "converted wikilink");
            }
        }
    }

    private static string Replace(Match m)
    {
        var page = m.Groups["page"].Value.Trim();
        var label = m.Groups["alias"].Success ? m.Groups["alias"].Value.Trim() : page;
        var escaped = label.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        return m.Groups["embed"].Success
            ? $"![{escaped}](<{page}>)"
            : $"[{escaped}](/notes/{AnchorGenerator.Slug(page.Split('#')[0])})";
    }

    // Not backtracking: from every "[[" with no "]]" after it, a backtracking search runs to the end of the line, so a
    // line of 30,000 "[[a" took half a minute; this engine finds the same matches in one pass. A page name holds no
    // bracket (Obsidian allows none): in "[[[[x]]]]" only the innermost "[[x]]" is a link.
    [GeneratedRegex(@"(?<embed>!)?\[\[(?<page>[^\[\]|\n]+)(\|(?<alias>[^\]\n]+))?\]\]", RegexOptions.NonBacktracking)]
    private static partial Regex Wikilink();
}
