using System.Collections.Concurrent;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// The <see cref="NoteQuestionIndex"/> of each note's current version, built once per version: a version seen for the
/// first time is generated, a changed one replaces its note's entry, and a note gone from a full listing is dropped. So
/// the cache holds one small entry per note (about 28 MB for 2,000 notes of 50 sections, docs/benchmarks.md) and needs
/// no expiry; an expiring cache would bring the corpus-sized cost back to the first request after a quiet spell.
/// </summary>
internal sealed class QuestionIndexCache(IDbContextFactory<StudyDbContext> dbFactory) : IDisposable
{
    // Notes read and generated per round trip while building: bounds the section text held at once.
    private const int BuildBatch = 16;

    private readonly ConcurrentDictionary<int, NoteQuestionIndex> _byNote = new();

    // One build at a time: circuits and API calls that open on a cold cache wait for one generation of each note
    // instead of each generating the whole corpus on the two cores.
    private readonly SemaphoreSlim _buildGate = new(1, 1);

    /// <summary>
    /// The index of each of <paramref name="versions"/>, in order; an entry's <see cref="NoteQuestionIndex.Version"/> differs
    /// from the one asked for when the note was re-imported meanwhile, and it is null when the note is gone.
    /// </summary>
    public async Task<IReadOnlyList<NoteQuestionIndex?>> GetAsync(IReadOnlyList<NoteQuizVersion> versions, CancellationToken cancellationToken)
    {
        if (versions.Any(IsMissing))
        {
            await _buildGate.WaitAsync(cancellationToken);
            try
            {
                // Again inside the gate: the build this call waited for may have made them.
                foreach (var batch in versions.Where(IsMissing).Chunk(BuildBatch))
                {
                    await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                    foreach (var note in await StoredQuizNotes.LoadAsync(db, [.. batch.Select(v => v.NoteId)], cancellationToken))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        _byNote[note.Version.NoteId] = NoteQuestionIndex.Build(note);
                    }
                }
            }
            finally
            {
                _buildGate.Release();
            }
        }

        return [.. versions.Select(v => _byNote.GetValueOrDefault(v.NoteId))];
    }

    /// <summary>Forgets every note not in <paramref name="noteIds"/> (a listing of all notes): notes that were removed.</summary>
    public void Retain(IReadOnlyCollection<int> noteIds)
    {
        var live = noteIds as IReadOnlySet<int> ?? noteIds.ToHashSet();
        foreach (var id in _byNote.Keys.Where(id => !live.Contains(id)))
        {
            _byNote.TryRemove(id, out _);
        }
    }

    public void Dispose() => _buildGate.Dispose();

    private bool IsMissing(NoteQuizVersion version) =>
        !_byNote.TryGetValue(version.NoteId, out var index) || index.Version != version;
}
