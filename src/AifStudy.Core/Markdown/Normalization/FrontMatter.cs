namespace AifStudy.Core.Markdown.Normalization;

/// <summary>What a note's YAML front matter says, as far as the study portal cares.</summary>
public sealed record FrontMatter
{
    /// <summary>No front matter.</summary>
    public static FrontMatter Empty { get; } = new();

    /// <summary>The <c>title</c> key, if set.</summary>
    public string? Title { get; init; }

    /// <summary>The <c>domain</c> key as written (<c>2</c>, <c>Domain 3</c>).</summary>
    public string? Domain { get; init; }

    /// <summary>The <c>tags</c> key as a list (a comma-separated string is split).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Every key with its value flattened to text (lists joined with <c>, </c>; empty keys map to "").</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();
}
