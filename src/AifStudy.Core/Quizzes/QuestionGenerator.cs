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
        Generate(note, noteSlug, domain, seed, null);

    /// <summary>
    /// As <see cref="Generate(ParsedNote, string, int?, int)"/>, writing only the kinds <paramref name="options"/>
    /// allows (default: <see cref="GenerationOptions.Default"/>); every candidate runs the quality checks
    /// (<see cref="ItemChecks"/>), and <paramref name="report"/> counts what was kept and what was dropped, by reason.
    /// </summary>
    public static IReadOnlyList<QuizQuestion> Generate(
        ParsedNote note, string noteSlug, int? domain, int seed, GenerationReport? report, GenerationOptions? options = null)
    {
        options ??= GenerationOptions.Default;
        ArgumentNullException.ThrowIfNull(note);
        ArgumentNullException.ThrowIfNull(noteSlug);

        // Which questions a note has must not depend on the seed (a quiz draws keys from an index built once, then
        // generates only the notes it picked, with its own seed). So the checks decide by the canonical seed's version
        // of each question; another seed's version is used where it passes too, the canonical one where it does not.
        // The note's sections are placed in the exam guide once, for both seeds' versions.
        var classification = Exam.SectionClassifier.Classify(note);
        var canonical = Judge(note, noteSlug, domain, CanonicalSeed, options, classification, judge: null);
        var passing = canonical.Where(j => j.Reason is null).ToDictionary(j => j.Question.Key, StringComparer.Ordinal);

        // Another seed's versions are judged only where the canonical version passed: the rest are dropped whatever they say.
        var judged = seed == CanonicalSeed ? canonical : Judge(note, noteSlug, domain, seed, options, classification, judge: passing.ContainsKey);
        var kept = new List<QuizQuestion>();
        var emitted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (question, _, reason) in judged)
        {
            if (passing.TryGetValue(question.Key, out var fallback) && emitted.Add(question.Key))
            {
                kept.Add(reason is null ? question : fallback.Question);
            }
        }

        kept.AddRange(passing.Values.Where(p => emitted.Add(p.Question.Key)).Select(p => p.Question));
        foreach (var (question, item, reason) in canonical)
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

        return kept;
    }

    /// <summary>The seed whose version of each question the checks judge (see <see cref="Generate(ParsedNote, string, int?, int, GenerationReport?, GenerationOptions?)"/>).</summary>
    public const int CanonicalSeed = 0;

    private static List<(QuizQuestion Question, StudyItem? Item, string? Reason)> Judge(
        ParsedNote note, string noteSlug, int? domain, int seed, GenerationOptions options,
        IReadOnlyList<Exam.SectionClassification> classification, Func<string, bool>? judge)
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
        var sections = note.Sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var judged = new List<(QuizQuestion, StudyItem?, string?)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in questions)
        {
            if (!options.QuestionKinds.Contains(candidate.Kind) || (judge is not null && !judge(candidate.Key)))
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
}
