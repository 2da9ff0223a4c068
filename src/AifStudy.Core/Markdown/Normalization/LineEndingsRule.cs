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

        var result = new List<SourceLine>(context.Lines.Count);
        var crlf = 0;
        foreach (var line in context.Lines)
        {
            var text = line.Text;
            if (text.EndsWith('\r'))
            {
                text = text[..^1];
                crlf++;
            }

            // A lone CR (classic Mac) ends a line too; each piece is its own original line.
            if (text.Contains('\r', StringComparison.Ordinal))
            {
                context.Hit(this, result.Count + 1, "CR line endings");
            }

            foreach (var piece in text.Split('\r'))
            {
                result.Add(new SourceLine(piece, result.Count + 1));
            }
        }

        if (crlf > 0)
        {
            context.Hit(this, 1, $"{crlf} CRLF line endings");
        }

        context.Lines = result;
    }
}
