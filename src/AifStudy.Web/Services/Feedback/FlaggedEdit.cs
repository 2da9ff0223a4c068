namespace AifStudy.Web.Services.Feedback;

/// <summary>An edited card whose generated text changed since the edit: the edit, what it was made against, and the text now.</summary>
public sealed record FlaggedEdit(
    int CardId, string Front, string Back, string SourceFront, string SourceBack, string GeneratedFront, string GeneratedBack, string SectionPathText);
