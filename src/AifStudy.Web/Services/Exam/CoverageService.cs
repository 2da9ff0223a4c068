using AifStudy.Core.Exam;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Exam;

/// <summary>
/// The coverage map (docs/exam-guide.md): every stored section with a body, placed in the exam guide as at import
/// (<see cref="SectionClassifier"/> over the stored section tree and the note's front matter), with the active cards
/// and the quiz questions it gives.
/// </summary>
public sealed class CoverageService(IDbContextFactory<StudyDbContext> dbFactory, QuestionPool pool, ExamPlacements placements)
{
    /// <summary>
    /// For the import report: each stored note's sections with a body, counted by the domain they are placed in (null:
    /// not placed), by the note's path relative to the content folder.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<(int? Domain, int Sections)>>> DomainsByFileAsync(CancellationToken cancellationToken = default)
    {
        var map = await placements.GetAsync(Learner.DefaultId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var paths = await db.Notes.AsNoTracking().Select(n => new { n.Slug, n.SourcePath }).ToDictionaryAsync(n => n.Slug, n => n.SourcePath, StringComparer.Ordinal, cancellationToken);
        return map.Notes.Where(n => paths.ContainsKey(n.Slug)).ToDictionary(
            n => paths[n.Slug],
            n => (IReadOnlyList<(int?, int)>)[.. n.Sections.GroupBy(s => s.Placed.Domain).OrderBy(g => g.Key ?? int.MaxValue).Select(g => (g.Key, g.Count()))],
            StringComparer.Ordinal);
    }

    /// <summary>The coverage map of the notes as they are stored now, placed for <paramref name="learnerId"/>.</summary>
    public async Task<CoverageMap> GetAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var map = await placements.GetAsync(learnerId, cancellationToken);
        var questions = await pool.CountBySectionAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = (await db.Cards.AsNoTracking().Where(c => c.RetiredAt == null)
                .GroupBy(c => new { c.NoteSlug, c.SectionAnchor })
                .Select(g => new { g.Key.NoteSlug, g.Key.SectionAnchor, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (c.NoteSlug, c.SectionAnchor), c => c.Count);

        return CoverageMap.Build(
            from note in map.Notes
            from section in note.Sections
            let key = (note.Slug, section.Anchor)
            select new CoverageSection(note.Slug, note.Title, section.Anchor, section.Title, section.Placed,
                cards.GetValueOrDefault(key), questions.GetValueOrDefault(key)));
    }
}
