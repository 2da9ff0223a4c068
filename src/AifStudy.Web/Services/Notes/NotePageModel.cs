namespace AifStudy.Web.Services.Notes;

/// <summary>Everything the note page shows, ready to render (and to persist from prerendering to the circuit).</summary>
public sealed record NotePageModel
{
    public required string Slug { get; init; }

    public required string Title { get; init; }

    public int? Domain { get; init; }

    public required string DomainName { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    public required string SourcePath { get; init; }

    public int SectionCount { get; init; }

    /// <summary>True when the body opens with an H1 equal to the title (the page then shows no second H1).</summary>
    public bool BodyStartsWithTitle { get; init; }

    /// <summary>Sanitised HTML of the note body.</summary>
    public required string BodyHtml { get; init; }

    /// <summary>Sanitised HTML of the generated mindmap, or null when the note has one of its own.</summary>
    public string? GeneratedMindmapHtml { get; init; }

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
}

/// <summary>One heading in a note's table of contents.</summary>
public sealed record TocEntry(int Level, string Title, string Anchor, bool IsEmpty);
