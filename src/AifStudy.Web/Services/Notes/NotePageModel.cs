using AifStudy.Core.Markdown;

namespace AifStudy.Web.Services.Notes;

/// <summary>What the note page shows besides the rendered HTML; small enough to persist from prerendering into the circuit.</summary>
public sealed record NotePageModel
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public int? Domain { get; init; }

    public required string DomainName { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public required string SourcePath { get; init; }

    public int SectionCount { get; init; }

    /// <summary>True when the body opens with an H1 equal to the title (the page header shows it; the body's copy is hidden).</summary>
    public bool BodyStartsWithTitle { get; init; }

    /// <summary>Identifies the rendered HTML in <see cref="NoteHtmlService"/>'s cache (the HTML itself is not persisted: too big for the circuit's first message).</summary>
    public required NoteVersion Version { get; init; }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>Anchors of the sections that count towards reading progress, in document order (the title section too, which the contents leave out).</summary>
    public IReadOnlyList<string> ReadableAnchors { get; init; } = [];

    /// <summary>
    /// Per readable section (same order as <see cref="ReadableAnchors"/>), the milliseconds it must be on screen to
    /// count as read (<see cref="Core.Notes.ReadingTime.OnScreen"/>).
    /// </summary>
    public IReadOnlyList<int> ReadAfterMilliseconds { get; init; } = [];
}

/// <summary>One heading in a note's table of contents, with the language tags of its own text.</summary>
public sealed record TocEntry(int Level, string Title, string Anchor, bool IsEmpty, IReadOnlyList<string>? Languages = null)
{
    /// <summary>Counts towards reading progress (see <c>ReadingService.IsReadable</c>): the heading has a body of its own.</summary>
    public bool IsReadable { get; init; }
}

/// <summary>A note as stored at one import: its id and content hash.</summary>
public sealed record NoteVersion(int NoteId, string ContentHash);

/// <summary>
/// A note's sanitised HTML: the body (paragraphs and list items marked with <c>data-lang</c>), the generated mindmap when
/// the note has none of its own, and how many blocks each language has.
/// </summary>
public sealed record NoteHtml(string Body, string? GeneratedMindmap, BlockLanguageCounts Languages)
{
    /// <summary>True when the page offers the 中文 / English / both toggle.</summary>
    public bool IsBilingual => Languages.IsBilingual;
}
