namespace AifStudy.Core.Notes;

/// <summary>A list item: its own text (first paragraph) and nested items.</summary>
public sealed record ListItemNode
{
    /// <summary>The item's own text as plain text.</summary>
    public required string Text { get; init; }

    /// <summary>The item's own text as markdown (inline markup kept).</summary>
    public required string Markdown { get; init; }

    /// <summary>True when the item belongs to an ordered (numbered) list.</summary>
    public bool Ordered { get; init; }

    /// <summary>1-based position within its list.</summary>
    public int Position { get; init; }

    /// <summary>Nested items.</summary>
    public IReadOnlyList<ListItemNode> Children { get; init; } = [];
}
