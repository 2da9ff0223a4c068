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
        if (context.LineCount > 0 && context.LineSpan(0).StartsWith('\uFEFF'))
        {
            context.SetLineText(0, context.LineText(0).TrimStart('\uFEFF'));
            context.Hit(this, context.OriginalLineAt(0), "removed byte-order mark");
        }
    }
}
