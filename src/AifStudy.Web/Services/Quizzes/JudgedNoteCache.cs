using System.Collections.Concurrent;
using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Each note version's canonical judgement (<see cref="QuestionGenerator.JudgeCanonical"/>): which questions it has,
/// the costly half of generating them. Kept per version and domain, so a quiz started on a note generates only its
/// seed's wording; a re-import makes a new version and the old entry is no longer asked for. Bounded: past
/// <see cref="Capacity"/> versions it starts again empty.
/// </summary>
internal sealed class JudgedNoteCache
{
    public const int Capacity = 2048;

    private readonly ConcurrentDictionary<(NoteQuizVersion Version, int? Domain), Lazy<JudgedNote>> _judged = new();

    /// <summary>
    /// The note's questions for <paramref name="seed"/> to draw from before their wording is judged: a draw judges only
    /// the questions it picks (<see cref="SeededNote.Final"/>).
    /// </summary>
    public SeededNote Seed(StoredQuizNote note, int seed) =>
        QuestionGenerator.Seed(note.Note, note.Version.Slug, note.Domain, seed, Judged(note));

    private JudgedNote Judged(StoredQuizNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (_judged.Count >= Capacity)
        {
            _judged.Clear();
        }

        return _judged.GetOrAdd((note.Version, note.Domain), _ => new Lazy<JudgedNote>(
            () => QuestionGenerator.JudgeCanonical(note.Note, note.Version.Slug, note.Domain))).Value;
    }
}
