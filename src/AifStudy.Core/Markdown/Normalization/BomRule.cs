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
        var lines = context.Lines;
        if (lines.Count > 0 && lines[0].Span.StartsWith('\uFEFF'))
        {
            var marks = lines[0].Length - lines[0].Span.TrimStart('\uFEFF').Length;
            lines.Replace(0, lines[0].Slice(marks, lines[0].Length - marks));
            context.Hit(this, lines[0].OriginalLine, "removed byte-order mark");
        }
    }
}
