namespace AifStudy.Core.Markdown.Normalization;

/// <summary>A line of text during normalisation and the 1-based line of the original file it came from (0 when synthesised).</summary>
public readonly record struct SourceLine(string Text, int OriginalLine)
{
    /// <summary>The same origin with different text.</summary>
    public SourceLine WithText(string text) => this with { Text = text };
}
