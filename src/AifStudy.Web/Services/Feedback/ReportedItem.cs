using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Feedback;

/// <summary>A hidden item as the reported list shows it.</summary>
public sealed record ReportedItem(
    int Id,
    ReportedItemKind Kind,
    string Label,
    string NoteSlug,
    string SectionAnchor,
    ReportReason Reason,
    string? Comment,
    DateTimeOffset ReportedAt);
