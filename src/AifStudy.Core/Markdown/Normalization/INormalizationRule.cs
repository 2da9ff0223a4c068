namespace AifStudy.Core.Markdown.Normalization;

/// <summary>One named step that rewrites a note's lines before Markdig sees them.</summary>
public interface INormalizationRule
{
    /// <summary>The rule's name, as recorded in <see cref="Notes.NormalizationHit.Rule"/>.</summary>
    string Name { get; }

    /// <summary>Edits <see cref="NormalizationContext.Lines"/>, recording a hit per changed line.</summary>
    void Apply(NormalizationContext context);
}
