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
        for (var i = 0; i < context.Lines.Count; i++)
        {
            var text = context.Lines[i].Text;
            if (text.Length > 0 && string.IsNullOrWhiteSpace(text) && !(fenced ??= context.FenceMask())[i])
            {
                context.Lines[i] = context.Lines[i].WithText("");
                context.Hit(this, context.Lines[i].OriginalLine, "emptied whitespace-only line");
            }
        }
    }
}
