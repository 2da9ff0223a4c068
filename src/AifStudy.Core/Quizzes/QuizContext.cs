using AifStudy.Core.Notes;

namespace AifStudy.Core.Quizzes;

/// <summary>What every question builder needs: the note, its slug and domain, and the one seeded random source.</summary>
internal sealed class QuizContext(ParsedNote note, string noteSlug, int? domain, int seed, IReadOnlyList<Exam.SectionClassification>? classification = null)
{
    // Each section's place in the exam guide: a question's domain and task statement are its section's, so that a note
    // covering several domains feeds each of them (the note's domain where the section has none). Worked out when the
    // first question is written, unless the generator passes the one it has (a card builder asks no question).
    private IReadOnlyList<Exam.SectionClassification>? _classification = classification;

    private IReadOnlyList<Exam.SectionClassification> Classification => _classification ??= Exam.SectionClassifier.Classify(Note);

    public ParsedNote Note { get; } = note;

    public Random Random { get; } = new(seed);

    /// <summary>Sections worth asking about: with a body of their own that is not a placeholder.</summary>
    public IEnumerable<NoteSection> Sections => Note.Sections.Where(s => !s.IsEmpty && !s.IsPlaceholder);

    /// <summary>
    /// A question whose options are shuffled with the seeded random. <paramref name="correct"/> holds indexes into
    /// <paramref name="options"/> as given; they are mapped to the shuffled positions, order kept.
    /// </summary>
    public QuizQuestion Question(
        QuestionKind kind, NoteSection section, string subject, string prompt,
        IReadOnlyList<string> options, IReadOnlyList<int> correct, string explanation, bool shuffle = true, string? itemContext = null)
    {
        var order = Enumerable.Range(0, options.Count).ToArray();
        if (shuffle)
        {
            Random.Shuffle(order);
            if (kind is QuestionKind.Ordering or QuestionKind.Matching && order.SequenceEqual(Enumerable.Range(0, order.Length)))
            {
                // Already in order (or every pair side by side) would be a free point.
                (order[0], order[^1]) = (order[^1], order[0]);
            }
        }

        var position = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        return new QuizQuestion
        {
            Key = QuizKey.Compute(kind, noteSlug, section.Path, subject),
            Kind = kind,
            Domain = Classification[section.Index].Domain ?? domain,
            TaskStatement = Classification[section.Index].TaskId,
            NoteSlug = noteSlug,
            SectionAnchor = section.Anchor,
            Prompt = prompt,
            Options = order.Select(i => options[i]).ToList(),
            CorrectIndexes = kind == QuestionKind.MultipleResponse
                ? correct.Select(c => position[c]).Order().ToList()
                : correct.Select(c => position[c]).ToList(),
            Explanation = explanation,
            Subject = subject,
            Context = itemContext,
        };
    }
}
