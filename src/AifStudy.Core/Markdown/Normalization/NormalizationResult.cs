using AifStudy.Core.Notes;

namespace AifStudy.Core.Markdown.Normalization;

/// <summary>The outcome of <see cref="NormalizationPipeline.Run"/>.</summary>
public sealed record NormalizationResult
{
    /// <summary>The normalised markdown, lines joined with <c>\n</c>.</summary>
    public required string Markdown { get; init; }

    /// <summary>For each 1-based line of <see cref="Markdown"/> (index = line - 1), the original file line (0 when synthesised).</summary>
    public required IReadOnlyList<int> OriginalLines { get; init; }

    /// <summary>Front matter, or <see cref="FrontMatter.Empty"/>.</summary>
    public required FrontMatter FrontMatter { get; init; }

    /// <summary>What the rules changed.</summary>
    public required IReadOnlyList<NormalizationHit> Hits { get; init; }

    /// <summary>Non-fatal problems.</summary>
    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>1-based lines of <see cref="Markdown"/> holding inferred headings.</summary>
    public required IReadOnlySet<int> InferredHeadingLines { get; init; }

    /// <summary>The original line of normalised line <paramref name="line"/> (1-based), or 0.</summary>
    public int OriginalLineOf(int line) => line >= 1 && line <= OriginalLines.Count ? OriginalLines[line - 1] : 0;
}
