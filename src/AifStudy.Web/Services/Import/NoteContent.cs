using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// A parsed note as it is stored: the values of the note's own columns and its section rows (without ids yet). Made on the
/// preparing thread (<see cref="NoteMapper.Map"/>) and set on a new note there, or on the stored note by the writer.
/// </summary>
internal sealed record NoteContent(
    string ContentHash,
    string ParserVersion,
    string Normalizations,
    string Title,
    int? Domain,
    int? WrittenDomain,
    string? WrittenTask,
    string Languages,
    string Tags,
    string Markdown,
    string GeneratedMindmap,
    bool HasAuthoredMindmap,
    int SectionCount,
    string Warnings,
    DateTimeOffset ImportedAt,
    IReadOnlyList<Section> Sections)
{
    /// <summary>Sets the note's content columns; its identity (id, slug, path) and card version stay as they are.</summary>
    public void ApplyTo(Note note)
    {
        note.ContentHash = ContentHash;
        note.ParserVersion = ParserVersion;
        note.Normalizations = Normalizations;
        note.Title = Title;
        note.Domain = Domain;
        note.WrittenDomain = WrittenDomain;
        note.WrittenTask = WrittenTask;
        note.Languages = Languages;
        note.Tags = Tags;
        note.Markdown = Markdown;
        note.GeneratedMindmap = GeneratedMindmap;
        note.HasAuthoredMindmap = HasAuthoredMindmap;
        note.SectionCount = SectionCount;
        note.Warnings = Warnings;
        note.ImportedAt = ImportedAt;
    }
}
