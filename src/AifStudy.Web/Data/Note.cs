namespace AifStudy.Web.Data;

/// <summary>An imported note file. Its sections are replaced whenever the file's content hash changes.</summary>
public sealed class Note
{
    public int Id { get; set; }

    /// <summary>URL slug: the file name without extension (unique).</summary>
    public required string Slug { get; set; }

    /// <summary>Path relative to the content folder, with forward slashes (unique).</summary>
    public required string SourcePath { get; set; }

    /// <summary>SHA-256 of the file's bytes, hex.</summary>
    public required string ContentHash { get; set; }

    /// <summary><c>NoteParser.OutputVersion</c> of the parser that produced the stored sections and mindmap.</summary>
    public string ParserVersion { get; set; } = "";

    /// <summary>
    /// <c>CardSync.Version</c> of the card sync that last generated this note's cards ("" = never): a note whose file did
    /// not change is still synced again when this differs, so notes imported before flashcards existed get their cards.
    /// </summary>
    public string CardsVersion { get; set; } = "";

    public required string Title { get; set; }

    /// <summary>AIF-C01 domain 1..5, or null when unknown.</summary>
    public int? Domain { get; set; }

    /// <summary>The domain the note's front matter gives (<c>domain:</c>), or null: the exam-guide classifier keeps the note's sections in it.</summary>
    public int? WrittenDomain { get; set; }

    /// <summary>The task statement the note's front matter gives (<c>task: 3.2</c>), or null.</summary>
    public string? WrittenTask { get; set; }

    /// <summary>Language tags, comma separated, most frequent first (zh-Hans,en).</summary>
    public string Languages { get; set; } = "";

    /// <summary>Tags, comma separated.</summary>
    public string Tags { get; set; } = "";

    /// <summary>The normalised markdown that pages render.</summary>
    public required string Markdown { get; set; }

    /// <summary>Mermaid source generated from the outline (kept for every note; shown when the note has no mindmap of its own).</summary>
    public string? GeneratedMindmap { get; set; }

    public bool HasAuthoredMindmap { get; set; }

    public int SectionCount { get; set; }

    /// <summary>Normalisation rules that fired on the stored version, one "line N: Rule — detail" per line.</summary>
    public string Normalizations { get; set; } = "";

    /// <summary>Non-fatal problems the parser reported for the stored version, one per line (empty when none).</summary>
    public string Warnings { get; set; } = "";

    public DateTimeOffset ImportedAt { get; set; }

    public List<Section> Sections { get; set; } = [];
}
