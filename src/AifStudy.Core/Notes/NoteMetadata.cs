namespace AifStudy.Core.Notes;

/// <summary>What a note is about: from YAML front matter where present, otherwise inferred from its text.</summary>
public sealed record NoteMetadata
{
    /// <summary>Display title.</summary>
    public required string Title { get; init; }

    /// <summary>AIF-C01 domain 1..5, or null when neither front matter nor text names one.</summary>
    public int? Domain { get; init; }

    /// <summary>Language tags found in the note, most frequent first: <c>zh-Hans</c>, <c>zh-Hant</c>, <c>en</c>.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The domain the front matter's <c>domain</c> key gives (1..5), or null: the author's word for the whole note.</summary>
    public int? WrittenDomain { get; init; }

    /// <summary>The task statement the front matter's <c>task</c> key gives ("3.2"), or null.</summary>
    public string? WrittenTask { get; init; }

    /// <summary>Tags from front matter.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
