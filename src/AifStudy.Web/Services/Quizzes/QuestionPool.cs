using System.Text.Json;
using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
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
                .Select(s => new { s.NoteId, s.Position, s.StructureJson })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.NoteId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Position).Select(s => Deserialize(s.StructureJson)).ToList());

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

    private static NoteSection Deserialize(string json) =>
        JsonSerializer.Deserialize<NoteSection>(json, NoteMapper.StructureJsonOptions)
        ?? throw new InvalidOperationException("A stored section has no structure.");

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
