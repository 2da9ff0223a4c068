namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Removes <c>&lt;!-- --&gt;</c> comments, including ones spanning lines; lines left blank by it are dropped.</summary>
public sealed class HtmlCommentsRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "HtmlComments";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.AnyLineContains("<!--"))
        {
            return;
        }

        var lines = context.Lines;
        var fenced = context.FenceMask();
        var result = new List<SourceLine>(lines.Count);
        var inComment = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (fenced[i] || (!inComment && !line.Span.Contains("<!--", StringComparison.Ordinal)))
            {
                result.Add(line);
                continue;
            }

            var (kept, stillOpen) = Strip(line.Text, inComment);
            inComment = stillOpen;
            context.Hit(this, line.OriginalLine, "removed HTML comment");
            if (!string.IsNullOrWhiteSpace(kept))
            {
                result.Add(line.WithText(kept));
            }
        }

        lines.ReplaceRange(0, lines.Count, result);
    }

    private static (string Kept, bool StillOpen) Strip(string text, bool inComment)
    {
        var kept = new System.Text.StringBuilder();
        var pos = 0;
        while (pos < text.Length)
        {
            if (inComment)
            {
                var close = text.IndexOf("-->", pos, StringComparison.Ordinal);
                if (close < 0)
                {
                    return (kept.ToString(), true);
                }

                pos = close + 3;
                inComment = false;
            }
            else
            {
                var open = text.IndexOf("<!--", pos, StringComparison.Ordinal);
                if (open < 0)
                {
                    kept.Append(text, pos, text.Length - pos);
                    break;
                }

                kept.Append(text, pos, open - pos);
                pos = open + 4;
                inComment = true;
            }
        }

        return (kept.ToString(), inComment);
    }
}
