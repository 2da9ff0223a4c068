using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// One note's questions for one seed, drawn before they are judged (<see cref="QuestionGenerator.Seed"/>).
/// <see cref="Shape"/> has the kinds, keys, subjects and sections of
/// <see cref="QuestionGenerator.Generate(ParsedNote, string, int?, int, JudgedNote)"/>'s list, in its order, so whatever
/// a draw picks from it by those is what it would pick from that list; <see cref="Final"/> then gives a picked entry's
/// question as that list has it, judging the seed's wording of that one question only. Read-only: safe on any thread.
/// </summary>
public sealed class SeededNote
{
    private readonly ParsedNote _note;
    private readonly JudgedNote _judged;
    private readonly HashSet<QuizQuestion> _fromSeed = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, NoteSection> _sections;

    internal SeededNote(ParsedNote note, JudgedNote judged, IReadOnlyList<QuizQuestion> candidates, bool judgeSeed)
    {
        _note = note;
        _judged = judged;
        _sections = note.Sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        // As Generate orders them: the first candidate of each key that passed at the canonical seed, in build order,
        // then the canonical versions of the keys this seed did not build.
        var shape = new List<QuizQuestion>();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (judged.Passing.ContainsKey(candidate.Key) && emitted.Add(candidate.Key))
            {
                shape.Add(candidate);
                if (judgeSeed && judged.Options.QuestionKinds.Contains(candidate.Kind))
                {
                    _fromSeed.Add(candidate);
                }
            }
        }

        shape.AddRange(judged.Passing.Values.Where(p => emitted.Add(p.Key)));
        Shape = shape;
    }

    /// <summary>The questions in draw order, their wording not yet judged.</summary>
    public IReadOnlyList<QuizQuestion> Shape { get; }

    /// <summary>
    /// The question for an entry of <see cref="Shape"/>: the seed's wording where it passes the checks too, the canonical
    /// one where it does not (as <see cref="QuestionGenerator.Generate(ParsedNote, string, int?, int, JudgedNote)"/>).
    /// </summary>
    public QuizQuestion Final(QuizQuestion entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var canonical = _judged.Passing[entry.Key];
        if (!_fromSeed.Contains(entry))
        {
            return canonical;
        }

        var (question, item) = QuestionItems.Prepare(entry, _sections[entry.SectionAnchor], _note);
        return _judged.Options.RunChecks && ItemChecks.FirstFailure(item) is not null ? canonical : question;
    }
}
