using AifStudy.Core.Quality;

namespace AifStudy.Core.Quizzes;

/// <summary>
/// One note's questions as the checks judged them at the canonical seed (<see cref="QuestionGenerator.JudgeCanonical"/>):
/// read-only once made, so one instance serves every attempt on the note version, on any thread.
/// </summary>
public sealed class JudgedNote
{
    internal JudgedNote(
        GenerationOptions options, IReadOnlyList<Exam.SectionClassification> classification,
        IReadOnlyList<(QuizQuestion Question, StudyItem? Item, string? Reason)> canonical)
    {
        Options = options;
        Classification = classification;
        Canonical = canonical;
        Passing = canonical.Where(j => j.Reason is null).ToDictionary(j => j.Question.Key, j => j.Question, StringComparer.Ordinal);
    }

    internal GenerationOptions Options { get; }

    internal IReadOnlyList<Exam.SectionClassification> Classification { get; }

    internal IReadOnlyList<(QuizQuestion Question, StudyItem? Item, string? Reason)> Canonical { get; }

    /// <summary>The questions that passed, by key.</summary>
    internal IReadOnlyDictionary<string, QuizQuestion> Passing { get; }

    /// <summary>How many questions the note has.</summary>
    public int Count => Passing.Count;
}
