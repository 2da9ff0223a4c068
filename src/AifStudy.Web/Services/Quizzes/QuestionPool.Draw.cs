using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

public sealed partial class QuestionPool
{
    /// <summary>
    /// The questions of <paramref name="kinds"/> in <paramref name="scope"/> as indexed, in the order generation gives them;
    /// null when a note changed while they were read (the caller then generates the scope as a whole).
    /// </summary>
    private async Task<(IReadOnlyList<NoteQuestionIndex> Notes, IReadOnlyList<PoolEntry> Pool)?> IndexedPoolAsync(
        StudyScope scope, IReadOnlySet<QuestionKind> kinds, CancellationToken cancellationToken)
    {
        List<NoteQuizVersion> versions;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            versions = await NotesIn(db, scope).OrderBy(n => n.Slug)
                .Select(n => new NoteQuizVersion(n.Id, n.Slug, n.ContentHash, n.ParserVersion))
                .ToListAsync(cancellationToken);
        }

        var indexes = await _index.GetAsync(versions, cancellationToken);
        if (scope == StudyScope.All)
        {
            _index.Retain([.. versions.Select(v => v.NoteId)]);
        }

        var notes = new NoteQuestionIndex[versions.Count];
        var pool = new List<PoolEntry>();
        for (var n = 0; n < versions.Count; n++)
        {
            if (indexes[n] is not { } index || index.Version != versions[n])
            {
                LogNoteChanged(versions[n].Slug);
                return null;
            }

            notes[n] = index;
            var under = scope.SectionAnchor is { } anchor ? index.AnchorsUnder(anchor) : null;
            for (var position = 0; position < index.Questions.Count; position++)
            {
                var (kind, section) = index.Questions[position];
                if (kinds.Contains(kind) && (under is null || under.Contains(index.Sections[section].Anchor)))
                {
                    pool.Add(new PoolEntry(n, position, section, index.Domain));
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
    private async Task<IReadOnlyList<QuizQuestion>?> ResolveAsync(
        IReadOnlyList<NoteQuestionIndex> notes, IReadOnlyList<PoolEntry> picked, int seed, CancellationToken cancellationToken)
    {
        var drawn = picked.Select(e => e.Note).Distinct().ToList();
        IReadOnlyList<StoredQuizNote> stored;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            stored = await StoredQuizNotes.LoadAsync(db, [.. drawn.Select(n => notes[n].Version.NoteId)], cancellationToken);
        }

        var byId = stored.ToDictionary(s => s.Version.NoteId);
        var generated = new Dictionary<int, IReadOnlyList<QuizQuestion>>(drawn.Count);
        foreach (var n in drawn)
        {
            var index = notes[n];
            if (!byId.TryGetValue(index.Version.NoteId, out var note) || note.Version != index.Version)
            {
                LogNoteChanged(index.Version.Slug);
                return null;
            }

            var questions = QuestionGenerator.Generate(note.Note, note.Version.Slug, note.Domain, seed);
            if (!index.Matches(questions))
            {
                LogShapeDiffers(note.Version.Slug, seed);
                return null;
            }

            generated[n] = questions;
        }

        return [.. picked.Select(e => generated[e.Note][e.Position])];
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{NoteSlug} was re-imported while a quiz was drawn; the quiz is drawn from the whole scope generated")]
    private partial void LogNoteChanged(string noteSlug);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The questions of {NoteSlug} for seed {Seed} differ in kind or section from those of its index; the quiz is drawn from the whole scope generated")]
    private partial void LogShapeDiffers(string noteSlug, int seed);
}
