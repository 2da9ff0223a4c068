namespace AifStudy.Core.Markdown;

/// <summary>A note rendered to (unsanitised) HTML, with the count of its blocks per language.</summary>
public sealed record NoteRendering(string Html, BlockLanguageCounts Languages);
