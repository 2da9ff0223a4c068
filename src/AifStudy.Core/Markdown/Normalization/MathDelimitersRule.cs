using System.Text.RegularExpressions;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Rewrites LaTeX <c>\(..\)</c> and <c>\[..\]</c> to <c>$..$</c> and <c>$$..$$</c>, the delimiters Markdig's maths extension reads.</summary>
public sealed partial class MathDelimitersRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "MathDelimiters";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AnyLineContains('\\'))
        {
            return;
        }

        var lines = context.Lines;
        bool[]? fenced = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Span.Contains('\\') || (fenced ??= context.FenceMask())[i])
            {
                continue;
            }

            var text = lines[i].Text;
            var rewritten = text.Trim() is "\\[" or "\\]"
                ? "$$"
                : InlineCode.ReplaceOutsideCode(text, s => Inline().Replace(Display().Replace(s, "$$$$${1}$$$$"), "$$${1}$$"));
            if (rewritten != text)
            {
                lines.Replace(i, rewritten);
                context.Hit(this, lines[i].OriginalLine, "rewrote TeX delimiters");
            }
        }
    }

    // The content is trimmed by the pattern: Markdig wants no space just inside $..$. Not backtracking: from every
    // opening delimiter with no closing one after it, a backtracking search runs to the end of the line, so a line of
    // 50,000 "\[" took half a minute; this engine finds the same matches in one pass.
    [GeneratedRegex(@"\\\(\s*(.+?)\s*\\\)", RegexOptions.NonBacktracking)]
    private static partial Regex Inline();

    [GeneratedRegex(@"\\\[\s*(.+?)\s*\\\]", RegexOptions.NonBacktracking)]
    private static partial Regex Display();
}
