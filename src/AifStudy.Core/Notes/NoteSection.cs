namespace AifStudy.Core.Notes;

/// <summary>
/// One heading and the body up to the next heading (its "own" body, without subsections).
/// A note's text before its first heading becomes a level-0 preamble section when it is not blank.
/// </summary>
public sealed record NoteSection
{
    /// <summary>Position in <see cref="ParsedNote.Sections"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Index of the enclosing section, or null for top-level sections.</summary>
    public int? ParentIndex { get; init; }

    /// <summary>Heading level 1..6 (0 for a preamble).</summary>
    public required int Level { get; init; }

    /// <summary>Heading text as plain text (inline markup removed).</summary>
    public required string Title { get; init; }

    /// <summary>Titles from the top-level ancestor down to this section.</summary>
    public required IReadOnlyList<string> Path { get; init; }

    /// <summary>
    /// Stable, unique-within-the-note anchor (<c>top</c> for a preamble): <c>#anchor</c> in links and URLs; the rendered
    /// heading's id is <see cref="Markdown.ContentIds.For"/>(anchor).
    /// </summary>
    public required string Anchor { get; init; }

    /// <summary>1-based line of the heading in the normalised markdown.</summary>
    public required int Line { get; init; }

    /// <summary>True when the section has no body of its own (it may still have subsections).</summary>
    public bool IsEmpty { get; init; }

    /// <summary>True when the body is only a placeholder such as <c>略</c>, <c>TODO</c>, <c>待补充</c> or <c>……</c> (the section is not <see cref="IsEmpty"/>).</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>1-based line of the heading in the original file (0 for a preamble or a synthesised line).</summary>
    public int OriginalLine { get; init; }

    /// <summary>
    /// The note's title from its front matter when no heading above the section says it (a note that starts at
    /// <c>###</c> under <c>title: 检索增强生成（RAG）</c>): what a prompt names when its own titles name no topic.
    /// </summary>
    public string? NoteTopic { get; init; }

    /// <summary>True when the heading was inferred from plain text rather than written as markdown.</summary>
    public bool IsInferred { get; init; }

    /// <summary>The section's own body as markdown.</summary>
    public required string Markdown { get; init; }

    /// <summary>The section's own body as plain text (no markup), paragraphs separated by newlines.</summary>
    public required string PlainText { get; init; }

    /// <summary>Top-level list items of the body, with nested children.</summary>
    public IReadOnlyList<ListItemNode> ListItems { get; init; } = [];

    /// <summary>Texts written in bold (<c>**x**</c>, <c>__x__</c> or <c>&lt;b&gt;x&lt;/b&gt;</c>).</summary>
    public IReadOnlyList<string> BoldTerms { get; init; } = [];

    /// <summary><c>term: definition</c> pairs found in the body.</summary>
    public IReadOnlyList<TermDefinition> Definitions { get; init; } = [];

    /// <summary>Sources of ```mermaid blocks in the body.</summary>
    public IReadOnlyList<string> MermaidBlocks { get; init; } = [];

    /// <summary>Images referenced in the body.</summary>
    public IReadOnlyList<ImageReference> Images { get; init; } = [];

    /// <summary>Links in the body.</summary>
    public IReadOnlyList<LinkReference> Links { get; init; } = [];

    /// <summary>English passages paired with their Chinese translation.</summary>
    public IReadOnlyList<BilingualPair> BilingualPairs { get; init; } = [];

    /// <summary>Languages of the section's own text (title and body).</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];
}
