namespace AifStudy.Core.Markdown.Normalization;

/// <summary>
/// Reads a line that opens with a bullet glyph (<c>• item</c>, <c>● item</c>, <c>▪ item</c>, as notes pasted from a
/// slide or a word processor have them) as the list item it is: the glyph becomes <c>-</c>, the indent is kept.
/// CommonMark would otherwise read such lines as one paragraph, and the glyph would stay in a term.
/// </summary>
public sealed class BulletGlyphRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "BulletGlyph";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool[]? fenced = null;
        var lines = context.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Span;
            var indent = 0;
            while (indent < text.Length && text[indent] is ' ' or '\t')
            {
                indent++;
            }

            // Most lines start with an ASCII character or an ideograph: one comparison each.
            if (indent + 1 >= text.Length || !IsGlyph(text[indent]) || text[indent + 1] is not (' ' or '\t') || (fenced ??= context.FenceMask())[i])
            {
                continue;
            }

            lines.Replace(i, string.Concat(text[..indent], "-", text[(indent + 1)..]));
            context.Hit(this, lines[i].OriginalLine, "read a bullet glyph as a list marker");
        }
    }

    private static bool IsGlyph(char c) => c is '•' or '●' or '▪' or '◦' or '‣' or '■' or '▸' or '►' or '⁃';
}
