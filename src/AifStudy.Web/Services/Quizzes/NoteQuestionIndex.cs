using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// The shape of one note version's questions: in the generator's order, each question's kind and section. The seed
/// changes a question's wording, options and which detail it asks, not which questions a note has (checked for the
/// notes in content/ over 200 seeds and a generated corpus of 215 notes over 6), so one generation per version
/// serves every attempt: the scope list counts it, and a draw picks positions in it before generating the few notes
/// it picked (<see cref="QuestionPool.DrawAsync"/>, which checks that those notes still have this shape).
/// </summary>
public sealed class NoteQuestionIndex
{
    /// <summary>The seed the index is generated with; the scope list's counts have always been those of seed 0.</summary>
    public const int Seed = 0;

    private readonly IndexedQuestion[] _questions;

    // Each question's key as QuestionKeyHash: a draw leaves out the questions a learner reported.
    private readonly ulong[] _keys;

    private NoteQuestionIndex(NoteQuizVersion version, int? domain, IndexedSection[] sections, IndexedQuestion[] questions, ulong[] keys)
    {
        (Version, Domain, Sections, _questions, _keys) = (version, domain, sections, questions, keys);
    }

    public NoteQuizVersion Version { get; }

    public int? Domain { get; }

    /// <summary>The note's sections in document order (an index here is a section's position).</summary>
    public IReadOnlyList<IndexedSection> Sections { get; }

    public IReadOnlyList<IndexedQuestion> Questions => _questions;

    internal static NoteQuestionIndex Build(StoredQuizNote note)
    {
        var sections = note.Note.Sections.Select(IndexedSection.Of).ToArray();
        var byAnchor = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sections.Length; i++)
        {
            byAnchor.TryAdd(sections[i].Anchor, i);
        }

        var generated = QuestionGenerator.Generate(note.Note, note.Version.Slug, note.Domain, Seed);
        var questions = generated.Select(q => new IndexedQuestion(q.Kind, byAnchor[q.SectionAnchor], q.Domain, QuestionKeyHash.Of(QuizSelection.FactOf(q)), q.TaskStatement)).ToArray();
        var keys = generated.Select(q => QuestionKeyHash.Of(q.Key)).ToArray();
        return new NoteQuestionIndex(note.Version, note.Domain, sections, questions, keys);
    }

    /// <summary>True when the question at <paramref name="position"/> has one of <paramref name="keys"/> (<see cref="QuestionKeyHash"/>es).</summary>
    internal bool HasKeyIn(int position, IReadOnlySet<ulong> keys) => keys.Count > 0 && keys.Contains(_keys[position]);

    /// <summary>The anchor of the question at <paramref name="position"/>.</summary>
    public string AnchorOf(int position) => Sections[_questions[position].Section].Anchor;

    /// <summary>True when <paramref name="generated"/> (this version's questions for some seed) has this shape, keys included.</summary>
    public bool Matches(IReadOnlyList<QuizQuestion> generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        if (generated.Count != _questions.Length)
        {
            return false;
        }

        for (var i = 0; i < _questions.Length; i++)
        {
            if (generated[i].Kind != _questions[i].Kind || !string.Equals(generated[i].SectionAnchor, AnchorOf(i), StringComparison.Ordinal)
                || QuestionKeyHash.Of(generated[i].Key) != _keys[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The anchors a section scope covers: the section's and, through their parents, its subsections'.</summary>
    public IReadOnlySet<string> AnchorsUnder(string anchor) => IndexedSection.AnchorsUnder(Sections, anchor);
}
