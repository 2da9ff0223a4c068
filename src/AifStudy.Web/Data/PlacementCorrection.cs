namespace AifStudy.Web.Data;

/// <summary>
/// A learner's correction of where the exam guide places a note or a section (docs/exam-guide.md). Keyed by the note's
/// slug and the section's anchor, not by row ids, so it survives re-imports for as long as the heading keeps its anchor.
/// </summary>
public sealed class PlacementCorrection
{
    public int LearnerId { get; set; }

    public required string NoteSlug { get; set; }

    /// <summary>The section's anchor, or empty for the whole note.</summary>
    public required string SectionAnchor { get; set; }

    /// <summary>1..5.</summary>
    public int Domain { get; set; }

    /// <summary>"3.2", or null when only the domain is set.</summary>
    public string? TaskId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
