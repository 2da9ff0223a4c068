using AifStudy.Core.Exam;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Exam;

/// <summary>
/// The coverage map (docs/exam-guide.md): every stored section with a body, placed in the exam guide as at import
/// (<see cref="SectionClassifier"/> over the stored section tree and the note's front matter), with the active cards
/// and the quiz questions it gives.
/// </summary>
public sealed class CoverageService(IDbContextFactory<StudyDbContext> dbFactory, QuestionPool pool)
{
    /// <summary>
    /// For the import report: each stored note's sections with a body, counted by the domain they are placed in (null:
    /// not placed), by the note's path relative to the content folder.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(int? Domain, int Sections)>>> DomainsByFileAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await PlacedAsync(db, cancellationToken)).ToDictionary(
            n => n.SourcePath,
            n => (IReadOnlyList<(int?, int)>)[.. n.Sections.GroupBy(s => n.Placed[s.Index].Domain).OrderBy(g => g.Key ?? int.MaxValue).Select(g => (g.Key, g.Count()))],
            StringComparer.Ordinal);
    }

    /// <summary>The coverage map of the notes as they are stored now.</summary>
    public async Task<CoverageMap> GetAsync(CancellationToken cancellationToken = default)
    {
        var questions = await pool.CountBySectionAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = (await db.Cards.AsNoTracking().Where(c => c.RetiredAt == null)
                .GroupBy(c => new { c.NoteSlug, c.SectionAnchor })
                .Select(g => new { g.Key.NoteSlug, g.Key.SectionAnchor, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.NoteSlug, c.SectionAnchor), c => c.Count);

        return CoverageMap.Build(
            from note in await PlacedAsync(db, cancellationToken)
            from section in note.Sections
            let key = (note.Slug, section.Anchor)
            select new CoverageSection(note.Slug, note.Title, section.Anchor, section.Title, note.Placed[section.Index],
                cards.GetValueOrDefault(key), questions.GetValueOrDefault(key)));
    }

    // A stored note, its sections with a body, and every section's place in the exam guide (by section index).
    private sealed record PlacedNote(string Slug, string SourcePath, string Title, IReadOnlyList<NoteSection> Sections, IReadOnlyList<SectionClassification> Placed);

    // Every stored note read back as the generators take it and classified, in slug order.
    private static async Task<IReadOnlyList<PlacedNote>> PlacedAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        var notes = await db.Notes.AsNoTracking().OrderBy(n => n.Slug)
            .Select(n => new { n.Id, n.Slug, n.SourcePath, n.Title, n.Domain, n.WrittenDomain, n.WrittenTask, n.Markdown })
            .ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking()
                .Select(s => new { s.NoteId, s.Position, s.StructureJson, s.Markdown, s.PlainText })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.NoteId);
        return [.. notes.Select(note =>
        {
            var parsed = StoredQuizNotes.Parsed(
                note.Title, note.Domain, note.Markdown,
                [.. sections[note.Id].OrderBy(s => s.Position).Select(s => NoteMapper.SectionOf(s.StructureJson, s.Markdown, s.PlainText))],
                note.WrittenDomain, note.WrittenTask);
            return new PlacedNote(note.Slug, note.SourcePath, note.Title, [.. parsed.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder)], SectionClassifier.Classify(parsed));
        })];
    }
}
