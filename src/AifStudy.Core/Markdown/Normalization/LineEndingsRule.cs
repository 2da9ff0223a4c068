namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Turns CRLF and lone CR line endings into LF, numbering original lines the way an editor shows them.</summary>
public sealed class LineEndingsRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "LineEndings";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AnyLineContains('\r'))
        {
            return;
        }

        var lines = context.Lines;
        var result = new List<SourceLine>(lines.Count);
        var crlf = 0;
        foreach (var line in lines)
        {
            var rest = line;
            if (rest.Span.EndsWith('\r'))
            {
                rest = rest.Slice(0, rest.Length - 1);
                crlf++;
            }

            // A lone CR (classic Mac) ends a line too; each piece is its own original line.
            if (rest.Span.Contains('\r'))
            {
                context.Hit(this, result.Count + 1, "CR line endings");
            }

            for (var cr = rest.Span.IndexOf('\r'); cr >= 0; cr = rest.Span.IndexOf('\r'))
            {
                result.Add(rest.Slice(0, cr).WithOriginalLine(result.Count + 1));
                rest = rest.Slice(cr + 1, rest.Length - cr - 1);
            }

            result.Add(rest.WithOriginalLine(result.Count + 1));
        }

        if (crlf > 0)
        {
            context.Hit(this, 1, $"{crlf} CRLF line endings");
        }

        lines.ReplaceRange(0, lines.Count, result);
    }
}
