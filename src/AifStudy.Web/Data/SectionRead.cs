namespace AifStudy.Web.Data;

/// <summary>
/// A section a learner has read. Keyed by the note's slug and the section's anchor rather than by row ids, which
/// change when a note is imported again: a mark survives re-imports for as long as the heading keeps its anchor.
/// </summary>
public sealed class SectionRead
{
    public int LearnerId { get; set; }

    public required string NoteSlug { get; set; }

    public required string SectionAnchor { get; set; }

    /// <summary>When the section was last marked (scrolled through or ticked); the latest one is "where you left off".</summary>
    public DateTimeOffset ReadAt { get; set; }
}
