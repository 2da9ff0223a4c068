using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes.Prose;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// Writes exam-style questions from one parsed note. Pure and deterministic: the same note, slug, domain and seed give
/// the same questions with the same option order; another seed reshuffles options and picks other distractors.
/// Empty and placeholder sections give no questions. See docs/quizzes.md for what each kind is made from.
/// </summary>
public static class QuestionGenerator
{
    /// <summary>Every question the note supports, in document order within each kind.</summary>
    public static IReadOnlyList<QuizQuestion> Generate(ParsedNote note, string noteSlug, int? domain, int seed) =>
        Generate(note, noteSlug, domain, seed, (GenerationReport?)null);

    /// <summary>
    /// As <see cref="Generate(ParsedNote, string, int?, int)"/>, writing only the kinds <paramref name="options"/>
    /// allows (default: <see cref="GenerationOptions.Default"/>); every candidate runs the quality checks
    /// (<see cref="ItemChecks"/>), and <paramref name="report"/> counts what was kept and what was dropped, by reason.
    /// </summary>
    public static IReadOnlyList<QuizQuestion> Generate(
        ParsedNote note, string noteSlug, int? domain, int seed, GenerationReport? report, GenerationOptions? options = null)
    {
        var judged = JudgeCanonical(note, noteSlug, domain, options);
        foreach (var (question, item, reason) in judged.Canonical)
        {
            if (reason is null)
            {
                report?.Keep(item);
            }
            else
            {
                report?.Drop(reason, question.Prompt + " [" + string.Join(" | ", question.Options) + "]");
            }
        }

        return Generate(note, noteSlug, domain, seed, judged);
    }

    /// <summary>
    /// The note's questions as the checks judge them at <see cref="CanonicalSeed"/>: which questions it has, whatever the
    /// seed. The costly half of <see cref="Generate(ParsedNote, string, int?, int)"/>, the same for every attempt on one
    /// note version, so a caller may keep it and pass it to <see cref="Generate(ParsedNote, string, int?, int, JudgedNote)"/>.
    /// </summary>
    public static JudgedNote JudgeCanonical(ParsedNote note, string noteSlug, int? domain, GenerationOptions? options = null)
    {
        options ??= GenerationOptions.Default;
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(noteSlug);

        // The note's sections are placed in the exam guide once, for both seeds' versions.
        var classification = Exam.SectionClassifier.Classify(note);
        return new JudgedNote(options, classification, Judge(note, noteSlug, domain, CanonicalSeed, options, classification));
    }

    /// <summary>
    /// The note's questions for <paramref name="seed"/>, given its canonical judgement (<see cref="JudgeCanonical"/>, of
    /// the same note, slug and domain).
    /// </summary>
    public static IReadOnlyList<QuizQuestion> Generate(ParsedNote note, string noteSlug, int? domain, int seed, JudgedNote judged)
    {
        // Which questions a note has must not depend on the seed (a quiz draws keys from an index built once, then
        // generates only the notes it picked, with its own seed). So the checks decide by the canonical seed's version
        // of each question; another seed's version is used where it passes too, the canonical one where it does not
        // (SeededNote.Final).
        var seeded = Seed(note, noteSlug, domain, seed, judged);
        return [.. seeded.Shape.Select(seeded.Final)];
    }

    /// <summary>The seed whose version of each question the checks judge (see <see cref="Generate(ParsedNote, string, int?, int, GenerationReport?, GenerationOptions?)"/>).</summary>
    public const int CanonicalSeed = 0;

    /// <summary>
    /// The note's questions for <paramref name="seed"/> before this seed's wording is judged (<see cref="SeededNote"/>): a
    /// caller draws from <see cref="SeededNote.Shape"/> and judges only what it drew.
    /// </summary>
    public static SeededNote Seed(ParsedNote note, string noteSlug, int? domain, int seed, JudgedNote judged)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(noteSlug);
        ArgumentNullException.ThrowIfNull(judged);
        var candidates = seed == CanonicalSeed ? [.. judged.Canonical.Select(j => j.Question)] : Build(note, noteSlug, domain, seed, judged.Classification);
        return new SeededNote(note, judged, candidates, judgeSeed: seed != CanonicalSeed);
    }

    /// <summary>
    /// What <paramref name="pick"/> chooses from <see cref="Generate(ParsedNote, string, int?, int, JudgedNote)"/>, in its
    /// order, judging only the chosen (see <see cref="SeededNote"/>); null when <paramref name="pick"/> returns null.
    /// </summary>
    public static IReadOnlyList<QuizQuestion>? GenerateDrawn(
        ParsedNote note, string noteSlug, int? domain, int seed, JudgedNote judged, Func<IReadOnlyList<QuizQuestion>, IReadOnlyList<QuizQuestion>?> pick)
    {
        ArgumentNullException.ThrowIfNull(pick);
        var seeded = Seed(note, noteSlug, domain, seed, judged);
        return pick(seeded.Shape) is { } picked ? [.. picked.Select(seeded.Final)] : null;
    }

    internal static List<(QuizQuestion Question, StudyItem? Item, string? Reason)> Judge(
        ParsedNote note, string noteSlug, int? domain, int seed, GenerationOptions options,
        IReadOnlyList<Exam.SectionClassification> classification)
    {
        var questions = Build(note, noteSlug, domain, seed, classification);
        var sections = note.Sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var judged = new List<(QuizQuestion, StudyItem?, string?)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in questions)
        {
            if (!options.QuestionKinds.Contains(candidate.Kind))
            {
                judged.Add((candidate, null, "kind-off"));
                continue;
            }

            var (question, item) = QuestionItems.Prepare(candidate, sections[candidate.SectionAnchor], note);
            var reason = (options.RunChecks ? ItemChecks.FirstFailure(item)?.Name : null) ?? (keys.Add(question.Key) ? null : "duplicate");
            judged.Add((question, item, reason));
        }

        return judged;
    }

    // Every candidate question of the note for the seed, before any check.
    internal static List<QuizQuestion> Build(ParsedNote note, string noteSlug, int? domain, int seed, IReadOnlyList<Exam.SectionClassification> classification)
    {
        var context = new QuizContext(note, noteSlug, domain, seed, classification);
        var questions = new List<QuizQuestion>();
        questions.AddRange(DefinitionQuestions.Build(context));
        questions.AddRange(EnumerationQuestions.Build(context));
        questions.AddRange(OrderingQuestions.Build(context));
        questions.AddRange(ClozeQuestions.Build(context));
        questions.AddRange(PracticeQuestions.Build(context));

        // Last, so that the random draws of the kinds above (and their questions) do not change with them; a sentence
        // that is also a bold cloze or a list definition is asked once, as before.
        var asked = questions.Select(q => (q.Kind, q.Prompt)).ToHashSet();
        questions.AddRange(ProseDefinitionQuestions.Build(context).Concat(ProseEnumerationQuestions.Build(context))
            .Where(q => !asked.Contains((q.Kind, q.Prompt))));
        return questions;
    }
}
