namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Drops a byte-order mark at the start of the text (editors on Windows add one).</summary>
public sealed class BomRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "Bom";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Lines.Count > 0 && context.Lines[0].Text.StartsWith('\uFEFF'))
        {
            context.Lines[0] = context.Lines[0].WithText(context.Lines[0].Text.TrimStart('\uFEFF'));
            context.Hit(this, context.Lines[0].OriginalLine, "removed byte-order mark");
        }
    }
}
