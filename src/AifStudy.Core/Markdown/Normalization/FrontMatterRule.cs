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
        if (context.LineCount == 0 || context.LineSpan(0).TrimEnd() is not "---")
        {
            return;
        }

        var end = -1;
        for (var i = 1; i < context.LineCount; i++)
        {
            if (context.LineSpan(i).TrimEnd() is "---" or "...")
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
            body.Add(new SourceLine(context.LineText(i), context.OriginalLineAt(i)));
        }

        context.FrontMatter = FrontMatterReader.Read(body, context.Warn);
        context.Hit(this, context.OriginalLineAt(0), $"removed front matter (lines {context.OriginalLineAt(0)}-{context.OriginalLineAt(end)})");
        context.RemoveLeadingLines(end + 1);
    }
}
