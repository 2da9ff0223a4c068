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
        bool[]? fenced = null;
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            if (!text.Contains("[[", StringComparison.Ordinal) || (fenced ??= context.FenceMask())[i])
            {
                continue;
            }

            var rewritten = InlineCode.ReplaceOutsideCode(text, segment => Wikilink().Replace(segment, Replace));
            if (rewritten != text)
            {
                context.Lines[i] = context.Lines[i].WithText(rewritten);
                context.Hit(this, context.Lines[i].OriginalLine, "converted wikilink");
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

    [GeneratedRegex(@"(?<embed>!)?\[\[(?<page>[^\]|\n]+)(\|(?<alias>[^\]\n]+))?\]\]")]
    private static partial Regex Wikilink();
}
