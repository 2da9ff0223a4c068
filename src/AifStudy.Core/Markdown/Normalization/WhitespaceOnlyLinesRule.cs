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
        for (var i = 0; i < context.LineCount; i++)
        {
            var text = context.LineSpan(i);

            // Most lines start with a character that is plainly not white space (ASCII or an ideograph).
            if (text.Length == 0 || text[0] is (> ' ' and < '\u0085') or (>= '\u3400' and <= '\u9FFF'))
            {
                continue;
            }

            if (text.IsWhiteSpace() && !(fenced ??= context.FenceMask())[i])
            {
                context.SetLineText(i, "");
                context.Hit(this, context.OriginalLineAt(i), "emptied whitespace-only line");
            }
        }
    }
}
