using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// The index-backed half of <see cref="QuestionPool"/>'s draws: a scope's questions as indexed (positions, nothing
/// generated), and once positions are picked, the questions at them, generating only the notes picked from. Either
/// step answers null when the notes moved under it; the pool then draws from the whole scope generated.
/// </summary>
internal sealed class IndexedDraw(IDbContextFactory<StudyDbContext> dbFactory, QuestionIndexCache cache, JudgedNoteCache judged, ILogger logger)
{
    private static readonly Action<ILogger, string, Exception?> NoteChanged = LoggerMessage.Define<string>(
        LogLevel.Debug, new EventId(1, nameof(NoteChanged)),
        "{NoteSlug} was re-imported while a quiz was drawn; the quiz is drawn from the whole scope generated");

    private static readonly Action<ILogger, string, int, Exception?> ShapeDiffers = LoggerMessage.Define<string, int>(
        LogLevel.Warning, new EventId(2, nameof(ShapeDiffers)),
        "The questions of {NoteSlug} for seed {Seed} differ in kind or section from those of its index; the quiz is drawn from the whole scope generated");

    /// <summary>
    /// The questions of <paramref name="kinds"/> in <paramref name="scope"/> as indexed, in the order generation gives them,
    /// without those whose key is in <paramref name="excluded"/> (<see cref="QuestionKeyHash"/>es of the learner's reported
    /// questions); null when a note changed while they were read (the caller then generates the scope as a whole). Each
    /// entry's domain and task statement are as <paramref name="placements"/> (the learner's corrections) place its section.
    /// </summary>
    public async Task<(IReadOnlyList<NoteQuestionIndex> Notes, IReadOnlyList<PoolEntry> Pool)?> PoolAsync(
        StudyScope scope, IReadOnlySet<QuestionKind> kinds, IReadOnlySet<ulong> excluded, Exam.PlacementMap? placements, CancellationToken cancellationToken)
    {
        List<NoteQuizVersion> versions;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            versions = await ScopedNotes.Of(db, scope).OrderBy(n => n.Slug)
                .Select(n => new NoteQuizVersion(n.Id, n.Slug, n.ContentHash, n.ParserVersion))
                .ToListAsync(cancellationToken);
        }

        var indexes = await cache.GetAsync(versions, cancellationToken);
        if (scope == StudyScope.All)
        {
            cache.Retain([.. versions.Select(v => v.NoteId)]);
        }

        var notes = new NoteQuestionIndex[versions.Count];
        var pool = new List<PoolEntry>();
        for (var n = 0; n < versions.Count; n++)
        {
            if (indexes[n] is not { } index || index.Version != versions[n])
            {
                NoteChanged(logger, versions[n].Slug, null);
                return null;
            }

            notes[n] = index;
            var under = scope.SectionAnchor is { } anchor ? index.AnchorsUnder(anchor) : null;
            for (var position = 0; position < index.Questions.Count; position++)
            {
                var (kind, section, indexedDomain, fact, indexedTask) = index.Questions[position];
                var (domain, task) = placements is { Corrected.Count: > 0 }
                    ? placements.Apply(index.Version.Slug, index.Sections[section].Anchor, indexedDomain, indexedTask)
                    : (indexedDomain, indexedTask);
                if (kinds.Contains(kind) && (under is null || under.Contains(index.Sections[section].Anchor)) && (scope.TaskId is null || scope.TaskId == task)
                    && !index.HasKeyIn(position, excluded))
                {
                    pool.Add(new PoolEntry(n, position, section, domain, fact, task));
                }
            }
        }

        return (notes, pool);
    }

    /// <summary>
    /// The questions at <paramref name="picked"/>, generating each note picked from with <paramref name="seed"/>; null
    /// when one of those notes changed since it was indexed or its questions for this seed do not have the indexed shape
    /// (then the positions would not mean what they meant when picked).
    /// </summary>
    public async Task<IReadOnlyList<QuizQuestion>?> ResolveAsync(
        IReadOnlyList<NoteQuestionIndex> notes, IReadOnlyList<PoolEntry> picked, int seed, CancellationToken cancellationToken)
    {
        var drawn = picked.Select(e => e.Note).Distinct().ToList();
        IReadOnlyList<StoredQuizNote> stored;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stored = await StoredQuizNotes.LoadAsync(db, [.. drawn.Select(n => notes[n].Version.NoteId)], cancellationToken);
        }

        var byId = stored.ToDictionary(s => s.Version.NoteId);
        var generated = new Dictionary<(int Note, int Position), QuizQuestion>(picked.Count);
        foreach (var n in drawn)
        {
            var index = notes[n];
            if (!byId.TryGetValue(index.Version.NoteId, out var note) || note.Version != index.Version)
            {
                NoteChanged(logger, index.Version.Slug, null);
                return null;
            }

            // Only the questions drawn from this note are judged in the seed's wording; the rest of its shape is not.
            var seeded = judged.Seed(note, seed);
            if (!index.Matches(seeded.Shape))
            {
                ShapeDiffers(logger, note.Version.Slug, seed, null);
                return null;
            }

            foreach (var entry in picked.Where(e => e.Note == n))
            {
                generated.TryAdd((n, entry.Position), seeded.Final(seeded.Shape[entry.Position]));
            }
        }

        return [.. picked.Select(e => generated[(e.Note, e.Position)])];
    }
}
