namespace AifStudy.Core.Notes;

/// <summary>
/// A note after normalisation and parsing: its metadata, the normalised markdown that is rendered,
/// and the section tree that flashcards and quizzes are generated from.
/// </summary>
public sealed record ParsedNote
{
    /// <summary>Title, domain, languages and tags, from front matter or inferred.</summary>
    public required NoteMetadata Metadata { get; init; }

    /// <summary>The markdown after every normalisation rule ran (front matter removed). Rendered by <see cref="Markdown.NoteHtmlRenderer"/>.</summary>
    public required string NormalizedMarkdown { get; init; }

    /// <summary>Sections in document order. <see cref="NoteSection.ParentIndex"/> links them into a tree.</summary>
    public required IReadOnlyList<NoteSection> Sections { get; init; }

    /// <summary>True when the note contains at least one ```mermaid block of its own.</summary>
    public bool HasAuthoredMindmap => Sections.Any(s => s.MermaidBlocks.Count > 0);

    /// <summary>Which normalisation rules changed which lines of the original file.</summary>
    public required IReadOnlyList<NormalizationHit> Normalizations { get; init; }

    /// <summary>Non-fatal problems worth telling the author about (for example front matter that is not valid YAML).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
