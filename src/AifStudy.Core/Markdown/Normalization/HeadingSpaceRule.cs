using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Adds the space CommonMark needs after a heading's hashes (<c>##1、标题</c> → <c>## 1、标题</c>),
/// but leaves lines of hashtags (<c>#ai #ml</c>) alone.
/// </summary>
public sealed partial class HeadingSpaceRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "HeadingSpace";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        bool[]? fenced = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MayLackSpace(lines[i].Span))
            {
                continue;
            }

            fenced ??= context.FenceMask();
            if (fenced[i] || HashtagsOnly().IsMatch(lines[i].Span))
            {
                continue;
            }

            var match = Unspaced().Match(lines[i].Text);
            if (match.Success)
            {
                lines.Replace(i, match.Groups[1].Value + " " + match.Groups[2].Value);
                context.Hit(this, lines[i].OriginalLine, "added space after " + match.Groups[1].Value);
            }
        }
    }

    // What Unspaced needs, without a regex: one to six '#', then a character that is neither '#' nor white space.
    private static bool MayLackSpace(ReadOnlySpan<char> text)
    {
        var hashes = 0;
        while (hashes < text.Length && text[hashes] == '#')
        {
            hashes++;
        }

        return hashes is >= 1 and <= 6 && hashes < text.Length && !char.IsWhiteSpace(text[hashes]);
    }

    [GeneratedRegex(@"^(#{1,6})([^#\s].*)$")]
    private static partial Regex Unspaced();

    // Obsidian tags: every word on the line is '#' plus letters, digits, '_', '-' or '/', and not only digits
    // (so "#ai #ml" stays text while "#1、标题" and "#1" are headings).
    [GeneratedRegex(@"^#(?!\d+(\s|$))[\p{L}\p{N}_/-]+(\s+#(?!\d+(\s|$))[\p{L}\p{N}_/-]+)*\s*$")]
    private static partial Regex HashtagsOnly();
}
