using AifStudy.Core.Exam;
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
        var notes = await db.Notes.AsNoTracking()
            .Select(n => new { n.Id, n.SourcePath, n.Title, n.Domain, n.WrittenDomain, n.WrittenTask, n.Markdown })
            .ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking()
                .Select(s => new { s.NoteId, s.Position, s.StructureJson, s.Markdown, s.PlainText })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.NoteId);
        var result = new Dictionary<string, IReadOnlyList<(int?, int)>>(StringComparer.Ordinal);
        foreach (var note in notes)
        {
            var parsed = StoredQuizNotes.Parsed(
                note.Title, note.Domain, note.Markdown,
                [.. sections[note.Id].OrderBy(s => s.Position).Select(s => NoteMapper.SectionOf(s.StructureJson, s.Markdown, s.PlainText))],
                note.WrittenDomain, note.WrittenTask);
            var placed = SectionClassifier.Classify(parsed);
            result[note.SourcePath] = [.. parsed.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder)
                .GroupBy(s => placed[s.Index].Domain)
                .OrderBy(g => g.Key ?? int.MaxValue)
                .Select(g => (g.Key, g.Count()))];
        }

        return result;
    }

    /// <summary>The coverage map of the notes as they are stored now.</summary>
    public async Task<CoverageMap> GetAsync(CancellationToken cancellationToken = default)
    {
        var questions = await pool.CountBySectionAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().OrderBy(n => n.Slug)
            .Select(n => new { n.Id, n.Slug, n.Title, n.Domain, n.WrittenDomain, n.WrittenTask, n.Markdown })
            .ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking()
                .Select(s => new { s.NoteId, s.Position, s.StructureJson, s.Markdown, s.PlainText })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.NoteId);
        var cards = (await db.Cards.AsNoTracking().Where(c => c.RetiredAt == null)
                .GroupBy(c => new { c.NoteSlug, c.SectionAnchor })
                .Select(g => new { g.Key.NoteSlug, g.Key.SectionAnchor, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.NoteSlug, c.SectionAnchor), c => c.Count);

        var covered = new List<CoverageSection>();
        foreach (var note in notes)
        {
            var parsed = StoredQuizNotes.Parsed(
                note.Title, note.Domain, note.Markdown,
                [.. sections[note.Id].OrderBy(s => s.Position).Select(s => NoteMapper.SectionOf(s.StructureJson, s.Markdown, s.PlainText))],
                note.WrittenDomain, note.WrittenTask);
            var placed = SectionClassifier.Classify(parsed);
            foreach (var section in parsed.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder))
            {
                var key = (note.Slug, section.Anchor);
                covered.Add(new CoverageSection(
                    note.Slug, note.Title, section.Anchor, section.Title, placed[section.Index],
                    cards.GetValueOrDefault(key), questions.GetValueOrDefault(key)));
            }
        }

        return CoverageMap.Build(covered);
    }
}
