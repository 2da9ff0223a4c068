using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Import;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>Notes read back from the stored section tree (<see cref="Section.StructureJson"/>) as the quiz generator takes them.</summary>
internal static class StoredQuizNotes
{
    /// <summary>A stored note as <see cref="Core.Quizzes.QuestionGenerator"/> takes it.</summary>
    public static ParsedNote Parsed(string title, int? domain, string markdown, List<NoteSection> sections, int? writtenDomain = null, string? writtenTask = null) => new()
    {
        Metadata = new NoteMetadata { Title = title, Domain = domain, WrittenDomain = writtenDomain, WrittenTask = writtenTask },
        NormalizedMarkdown = markdown,
        Sections = sections,
        Normalizations = [],
    };

    /// <summary>
    /// The notes with these ids, each with the version its sections belong to. A note re-imported between the read of
    /// its row and the read of its sections is left out, so that nothing is built from one version and labelled with another.
    /// </summary>
    public static async Task<IReadOnlyList<StoredQuizNote>> LoadAsync(StudyDbContext db, IReadOnlyCollection<int> noteIds, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking().Where(n => noteIds.Contains(n.Id))
            .Select(n => new { n.Id, n.Slug, n.Title, n.Domain, n.WrittenDomain, n.WrittenTask, n.Markdown, n.ContentHash, n.ParserVersion })
            .ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking().Where(s => noteIds.Contains(s.NoteId))
                .Select(s => new { s.NoteId, s.Note!.ContentHash, s.Note.ParserVersion, s.Position, s.StructureJson, s.Markdown, s.PlainText })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.NoteId);
        var result = new List<StoredQuizNote>(notes.Count);
        foreach (var note in notes)
        {
            var rows = sections[note.Id].OrderBy(s => s.Position).ToList();
            if (rows.Any(s => s.ContentHash != note.ContentHash || s.ParserVersion != note.ParserVersion))
            {
                continue;
            }

            var parsed = Parsed(note.Title, note.Domain, note.Markdown, [.. rows.Select(s => NoteMapper.SectionOf(s.StructureJson, s.Markdown, s.PlainText))], note.WrittenDomain, note.WrittenTask);
            result.Add(new StoredQuizNote(new NoteQuizVersion(note.Id, note.Slug, note.ContentHash, note.ParserVersion), note.Domain, parsed));
        }

        return result;
    }
}
