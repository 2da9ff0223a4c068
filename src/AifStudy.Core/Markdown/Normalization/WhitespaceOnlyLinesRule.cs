namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Empties lines holding only spaces or tabs, which otherwise read as indented code or break lists.</summary>
public sealed class WhitespaceOnlyLinesRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "WhitespaceOnlyLines";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool[]? fenced = null;
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Span;

            // Most lines start with a character that is plainly not white space (ASCII or an ideograph).
            if (text.Length == 0 || text[0] is (> ' ' and < '\u0085') or (>= '\u3400' and <= '\u9FFF'))
            {
                continue;
            }

            if (text.IsWhiteSpace() && !(fenced ??= context.FenceMask())[i])
            {
                lines.Replace(i, "");
                context.Hit(this, lines[i].OriginalLine, "emptied whitespace-only line");
            }
        }
    }
}
