namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Removes a YAML <c>---</c> block at the top of the note and keeps what it says in <see cref="NormalizationContext.FrontMatter"/>.</summary>
public sealed class FrontMatterRule : INormalizationRule
{
    /// <inheritdoc />
    public string Name => "FrontMatter";

    /// <inheritdoc />
    public void Apply(NormalizationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        if (lines.Count == 0 || lines[0].Span.TrimEnd() is not "---")
        {
            return;
        }

        var end = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Span.TrimEnd() is "---" or "...")
            {
                end = i;
                break;
            }
        }

        // Without a closing line this is a thematic break, not front matter.
        if (end < 0)
        {
            return;
        }

        var body = new List<SourceLine>(end - 1);
        for (var i = 1; i < end; i++)
        {
            body.Add(lines[i]);
        }

        context.FrontMatter = FrontMatterReader.Read(body, context.Warn);
        context.Hit(this, lines[0].OriginalLine, $"removed front matter (lines {lines[0].OriginalLine}-{lines[end].OriginalLine})");
        lines.RemoveRange(0, end + 1);
    }
}
