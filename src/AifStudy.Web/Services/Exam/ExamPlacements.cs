using System.Collections.Concurrent;
using AifStudy.Core.Exam;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Exam;

/// <summary>
/// Where every stored section sits in the exam guide for a learner (<see cref="PlacementMap"/>), and the learner's
/// corrections of it (docs/exam-guide.md). The classifier runs once per set of note versions; a learner's corrections
/// re-run it only for the notes they touch. Corrections are kept by note slug and anchor, so they survive re-imports.
/// </summary>
public sealed class ExamPlacements(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time)
{
    // Replaced whole, never changed: a reader sees an old state or a new one.
    private volatile Classified? _classified;
    private readonly ConcurrentDictionary<int, (Classified Base, IReadOnlyList<Correction> Corrections, PlacementMap Map)> _byLearner = new();

    /// <summary>The placements of every stored section for <paramref name="learnerId"/>.</summary>
    public async Task<PlacementMap> GetAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var versions = await db.Notes.AsNoTracking().OrderBy(n => n.Slug)
            .Select(n => new NoteQuizVersion(n.Id, n.Slug, n.ContentHash, n.ParserVersion))
            .ToListAsync(cancellationToken);
        var corrections = await db.PlacementCorrections.AsNoTracking().Where(c => c.LearnerId == learnerId)
            .OrderBy(c => c.NoteSlug).ThenBy(c => c.SectionAnchor)
            .Select(c => new Correction(c.NoteSlug, c.SectionAnchor, c.Domain, c.TaskId))
            .ToListAsync(cancellationToken);

        var classified = _classified;
        if (classified is null || !classified.Versions.SequenceEqual(versions))
        {
            classified = await ClassifyAsync(db, versions, cancellationToken);
            _classified = classified;
        }

        if (corrections.Count == 0)
        {
            return classified.Map;
        }

        if (_byLearner.TryGetValue(learnerId, out var last) && last.Base == classified && last.Corrections.SequenceEqual(corrections))
        {
            return last.Map;
        }

        var map = classified.With(corrections);
        _byLearner[learnerId] = (classified, corrections, map);
        return map;
    }

    /// <summary>
    /// The placements for a draw: null when the learner corrected nothing (the questions' own domains and task statements
    /// stand, and nothing is classified), else <see cref="GetAsync"/>.
    /// </summary>
    public async Task<PlacementMap?> ForDrawAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.PlacementCorrections.AnyAsync(c => c.LearnerId == learnerId, cancellationToken))
            {
                return null;
            }
        }

        return await GetAsync(learnerId, cancellationToken);
    }

    /// <summary>The sections of <paramref name="scope"/>'s task statement for <paramref name="learnerId"/>, or null for a scope without one.</summary>
    public async Task<Flashcards.TaskSections?> SectionsAsync(int learnerId, Flashcards.StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.TaskId is not { } task)
        {
            return null;
        }

        var map = await GetAsync(learnerId, cancellationToken);
        return new Flashcards.TaskSections([.. map.SectionsOf(task).Select(s => Flashcards.ScopeQueries.SectionKey(s.Slug, s.Anchor))]);
    }

    /// <summary>
    /// Places a whole note (<paramref name="sectionAnchor"/> null) or a section under <paramref name="taskId"/> (its domain
    /// follows) or, with no task, under <paramref name="domain"/> alone. A note or section that does not exist is refused.
    /// </summary>
    public async Task SetAsync(int learnerId, string noteSlug, string? sectionAnchor, int domain, string? taskId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(noteSlug);
        if (taskId is not null)
        {
            domain = (ExamGuide.Find(taskId) ?? throw new ArgumentException($"There is no task statement '{taskId}' in AIF-C01.", nameof(taskId))).Domain;
        }
        else if (domain is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(domain), domain, "AIF-C01 has domains 1 to 5.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var noteId = await db.Notes.Where(n => n.Slug == noteSlug).Select(n => (int?)n.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ArgumentException($"There is no note '{noteSlug}'.", nameof(noteSlug));
        if (sectionAnchor is not null && !await db.Sections.AnyAsync(s => s.NoteId == noteId && s.Anchor == sectionAnchor, cancellationToken))
        {
            throw new ArgumentException($"There is no section '{sectionAnchor}' in note '{noteSlug}'.", nameof(sectionAnchor));
        }

        var anchor = sectionAnchor ?? "";
        var row = await db.PlacementCorrections.SingleOrDefaultAsync(c => c.LearnerId == learnerId && c.NoteSlug == noteSlug && c.SectionAnchor == anchor, cancellationToken);
        if (row is null)
        {
            row = new PlacementCorrection { LearnerId = learnerId, NoteSlug = noteSlug, SectionAnchor = anchor };
            db.PlacementCorrections.Add(row);
        }

        (row.Domain, row.TaskId, row.UpdatedAt) = (domain, taskId, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Removes the learner's correction of the note (<paramref name="sectionAnchor"/> null) or of the section; false when there was none.</summary>
    public async Task<bool> ClearAsync(int learnerId, string noteSlug, string? sectionAnchor, CancellationToken cancellationToken = default)
    {
        var anchor = sectionAnchor ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PlacementCorrections.Where(c => c.LearnerId == learnerId && c.NoteSlug == noteSlug && c.SectionAnchor == anchor)
            .ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private static async Task<Classified> ClassifyAsync(StudyDbContext db, IReadOnlyList<NoteQuizVersion> versions, CancellationToken cancellationToken)
    {
        var stored = (await StoredQuizNotes.LoadAsync(db, [.. versions.Select(v => v.NoteId)], cancellationToken))
            .Where(s => versions.Contains(s.Version))
            .OrderBy(s => s.Version.Slug, StringComparer.Ordinal)
            .ToList();
        // A note re-imported while it was read is classified as stored and the cache is keyed by what was read.
        return new Classified([.. stored.Select(s => s.Version)], stored);
    }

    // The classifier's answer for one set of note versions, and the notes to classify again under corrections.
    private sealed class Classified
    {
        private readonly IReadOnlyList<StoredQuizNote> _notes;

        public Classified(IReadOnlyList<NoteQuizVersion> versions, IReadOnlyList<StoredQuizNote> notes)
        {
            (Versions, _notes) = (versions, notes);
            Map = new PlacementMap([.. notes.Select(n => Place(n, null))], [], new Dictionary<(string, string), SectionClassification>());
        }

        public IReadOnlyList<NoteQuizVersion> Versions { get; }

        public PlacementMap Map { get; }

        public PlacementMap With(IReadOnlyList<Correction> corrections)
        {
            var bySlug = corrections.ToLookup(c => c.NoteSlug, StringComparer.Ordinal);
            var corrected = new Dictionary<(string, string), SectionClassification>();
            var notes = new List<PlacedNote>(_notes.Count);
            for (var i = 0; i < _notes.Count; i++)
            {
                var mine = bySlug[_notes[i].Version.Slug].ToList();
                if (mine.Count == 0)
                {
                    notes.Add(Map.Notes[i]);
                    continue;
                }

                var placed = Place(_notes[i], [.. mine.Select(c => new ClassificationOverride(c.IsWholeNote ? null : c.SectionAnchor, c.Domain, c.TaskId))]);
                notes.Add(placed);
                foreach (var (before, after) in Map.Notes[i].Sections.Zip(placed.Sections))
                {
                    if (before.Placed.Domain != after.Placed.Domain || before.Placed.TaskId != after.Placed.TaskId)
                    {
                        corrected.TryAdd((placed.Slug, after.Anchor), after.Placed);
                    }
                }
            }

            return new PlacementMap(notes, corrections, corrected);
        }

        private static PlacedNote Place(StoredQuizNote note, IReadOnlyList<ClassificationOverride>? overrides)
        {
            var placed = SectionClassifier.Classify(note.Note, overrides);
            return new PlacedNote(note.Version.Slug, note.Note.Metadata.Title ?? note.Version.Slug,
                [.. note.Note.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder).Select(s => new PlacedSection(s.Index, s.Anchor, s.Title, placed[s.Index]))]);
        }
    }
}
