using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Import;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Generates questions on demand from the stored section tree (<see cref="Section.StructureJson"/>), so a quiz always
/// asks about the notes as they are now and each attempt can use its own seed. Identity across re-imports is the
/// question's <see cref="QuizQuestion.Key"/>; what was asked is kept with the attempt.
/// </summary>
public sealed class QuestionPool(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>Every question the notes in <paramref name="scope"/> support, for <paramref name="seed"/>, note by note.</summary>
    public async Task<IReadOnlyList<QuizQuestion>> GenerateAsync(StudyScope scope, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = db.Notes.AsNoTracking();
        if (scope.Domain is { } domain)
        {
            notes = notes.Where(n => n.Domain == domain);
        }

        if (scope.NoteSlug is { } slug)
        {
            notes = notes.Where(n => n.Slug == slug);
        }

        var noteRows = await notes.OrderBy(n => n.Slug)
            .Select(n => new { n.Id, n.Slug, n.Title, n.Domain, n.Markdown })
            .ToListAsync(cancellationToken);
        var ids = noteRows.Select(n => n.Id).ToList();
        var sections = (await db.Sections.AsNoTracking().Where(s => ids.Contains(s.NoteId))
                .Select(s => new { s.NoteId, s.Position, s.StructureJson, s.Markdown, s.PlainText })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.NoteId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Position).Select(s => NoteMapper.SectionOf(s.StructureJson, s.Markdown, s.PlainText)).ToList());

        var questions = new List<QuizQuestion>();
        foreach (var row in noteRows)
        {
            var parsed = new ParsedNote
            {
                Metadata = new NoteMetadata { Title = row.Title, Domain = row.Domain },
                NormalizedMarkdown = row.Markdown,
                Sections = sections.GetValueOrDefault(row.Id) ?? [],
                Normalizations = [],
            };
            var generated = QuestionGenerator.Generate(parsed, row.Slug, row.Domain, seed);
            questions.AddRange(scope.SectionAnchor is { } anchor ? generated.Where(InSection(parsed, anchor)) : generated);
        }

        return questions;
    }

    /// <summary>
    /// Every scope with at least one question: all notes, each domain, each note, and each section (counting its
    /// subsections), in domain, note and document order.
    /// </summary>
    public async Task<IReadOnlyList<QuizScopeOption>> GetScopesAsync(CancellationToken cancellationToken = default)
    {
        var questions = await GenerateAsync(StudyScope.All, 0, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Select(n => new { n.Id, n.Slug, n.Title, n.Domain }).ToListAsync(cancellationToken);
        var sections = (await db.Sections.AsNoTracking()
                .Select(s => new { s.NoteId, s.Position, s.ParentPosition, s.Level, s.Title, s.Anchor })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.NoteId);
        var options = new List<QuizScopeOption> { new("All notes", StudyScope.All, 0, questions.Count) };
        foreach (var domain in notes.GroupBy(n => n.Domain).OrderBy(g => g.Key ?? int.MaxValue))
        {
            var inDomain = questions.Count(q => q.Domain == domain.Key);
            if (domain.Key is { } number && inDomain > 0)
            {
                options.Add(new(AifDomains.Find(number)?.Label ?? $"Domain {number}", StudyScope.ForDomain(number), 1, inDomain));
            }

            foreach (var note in domain.OrderBy(n => n.Title, StringComparer.Ordinal))
            {
                var ofNote = questions.Where(q => q.NoteSlug == note.Slug).ToList();
                if (ofNote.Count == 0)
                {
                    continue;
                }

                options.Add(new(note.Title, StudyScope.ForNote(note.Slug), 2, ofNote.Count));
                var own = ofNote.CountBy(q => q.SectionAnchor).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                var rows = sections[note.Id].OrderBy(s => s.Position).ToList();
                var totals = new int[rows.Count];
                // Children come after their parent: walk backwards to add each section's total to its parent's.
                for (var i = rows.Count - 1; i >= 0; i--)
                {
                    totals[i] += own.GetValueOrDefault(rows[i].Anchor);
                    if (rows[i].ParentPosition is { } parent && parent < rows.Count)
                    {
                        totals[parent] += totals[i];
                    }
                }

                options.AddRange(rows.Select((s, i) => (Section: s, Total: totals[i]))
                    .Where(r => r.Total > 0 && r.Section.Level > 1)
                    .Select(r => new QuizScopeOption(r.Section.Title, StudyScope.ForSection(note.Slug, r.Section.Anchor), 1 + r.Section.Level, r.Total)));
            }
        }

        return options;
    }

    /// <summary>
    /// How a scope is named in history ("All notes", the domain's label, the note's or the section's title), or null
    /// when its note or section does not exist.
    /// </summary>
    public async Task<string?> LabelAsync(StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.NoteSlug is not { } slug)
        {
            return scope.Domain is { } domain ? AifDomains.Find(domain)?.Label : "All notes";
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var note = await db.Notes.AsNoTracking().Where(n => n.Slug == slug).Select(n => new { n.Id, n.Title }).SingleOrDefaultAsync(cancellationToken);
        if (note is null || scope.SectionAnchor is not { } anchor)
        {
            return note?.Title;
        }

        return await db.Sections.AsNoTracking().Where(s => s.NoteId == note.Id && s.Anchor == anchor)
            .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken);
    }

    // A section's questions include those of its subsections.
    private static Func<QuizQuestion, bool> InSection(ParsedNote note, string anchor)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in note.Sections)
        {
            if (section.Anchor == anchor
                || (section.ParentIndex is { } parent && anchors.Contains(note.Sections[parent].Anchor)))
            {
                anchors.Add(section.Anchor);
            }
        }

        return q => anchors.Contains(q.SectionAnchor);
    }
}
