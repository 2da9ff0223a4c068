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
        var context = new QuizContext(note, noteSlug, domain, seed);
        var questions = new List<QuizQuestion>();
        questions.AddRange(DefinitionQuestions.Build(context));
        questions.AddRange(EnumerationQuestions.Build(context));
        questions.AddRange(OrderingQuestions.Build(context));
        questions.AddRange(ClozeQuestions.Build(context));

        // Last, so that the random draws of the kinds above (and their questions) do not change with them; a sentence
        // that is also a bold cloze or a list definition is asked once, as before.
        var asked = questions.Select(q => (q.Kind, q.Prompt)).ToHashSet();
        questions.AddRange(ProseDefinitionQuestions.Build(context).Concat(ProseEnumerationQuestions.Build(context))
            .Where(q => !asked.Contains((q.Kind, q.Prompt))));
        var sections = note.Sections.GroupBy(s => s.Anchor, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var kept = new List<QuizQuestion>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in questions)
        {
            var (question, item) = QuestionItems.Prepare(candidate, sections[candidate.SectionAnchor], note);
            var reason = !options.QuestionKinds.Contains(question.Kind) ? "kind-off"
                : (options.RunChecks ? ItemChecks.FirstFailure(item)?.Name : null) ?? (keys.Add(question.Key) ? null : "duplicate");
            if (reason is null)
            {
                report?.Keep();
                kept.Add(question);
            }
            else
            {
                report?.Drop(reason, question.Prompt + " [" + string.Join(" | ", question.Options) + "]");
            }
        }

        return kept;
    }
}
