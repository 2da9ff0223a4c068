namespace AifStudy.Web.Services.Reading;

/// <summary>The section a learner marked read last, for "continue where you left off".</summary>
public sealed record LastRead(string NoteSlug, string NoteTitle, string SectionAnchor, string SectionTitle, DateTimeOffset ReadAt)
{
    /// <summary>Relative link to the section (anchors may be Chinese; they are escaped).</summary>
    public string Href => $"notes/{NoteSlug}#{Uri.EscapeDataString(SectionAnchor)}";
}
