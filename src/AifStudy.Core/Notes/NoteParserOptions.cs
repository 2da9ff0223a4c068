namespace AifStudy.Core.Notes;

/// <summary>Switches for <see cref="NoteParser"/>.</summary>
public sealed record NoteParserOptions
{
    /// <summary>Infer headings for notes that are plain text (no markdown headings). On by default.</summary>
    public bool InferPlainTextStructure { get; init; } = true;
}
