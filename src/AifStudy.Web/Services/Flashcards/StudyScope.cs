namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Which cards a review session or a statistic covers: all, one domain, one note (by slug) or one section of a note
/// (slug and anchor), or the sections placed under one exam task statement ("3.2", docs/exam-guide.md). Conditions combine.
/// </summary>
public sealed record StudyScope(int? Domain = null, string? NoteSlug = null, string? SectionAnchor = null, string? TaskId = null)
{
    public static StudyScope All { get; } = new();

    public static StudyScope ForDomain(int domain) => new(Domain: domain);

    public static StudyScope ForNote(string noteSlug) => new(NoteSlug: noteSlug);

    public static StudyScope ForTask(string taskId) => new(TaskId: taskId);

    public static StudyScope ForSection(string noteSlug, string sectionAnchor) => new(NoteSlug: noteSlug, SectionAnchor: sectionAnchor);
}
