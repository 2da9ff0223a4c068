using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Data;

/// <summary>A question of an attempt, as it was asked, with the learner's answer and flag stored the moment they are given.</summary>
public sealed class QuizAttemptQuestion
{
    public int Id { get; set; }

    public int AttemptId { get; set; }

    public QuizAttempt? Attempt { get; set; }

    /// <summary>Order in the attempt, from 0.</summary>
    public int Position { get; set; }

    /// <summary><see cref="QuizQuestion.Key"/>: the question's identity across re-imports and seeds.</summary>
    public required string QuestionKey { get; set; }

    public QuestionKind Kind { get; set; }

    public int? Domain { get; set; }

    public required string NoteSlug { get; set; }

    public required string SectionAnchor { get; set; }

    /// <summary>The whole <see cref="QuizQuestion"/> as JSON (options in the order shown).</summary>
    public required string QuestionJson { get; set; }

    /// <summary>Chosen option indexes as JSON (see <see cref="QuizQuestion"/> for their meaning per kind); null = not answered.</summary>
    public string? ChosenJson { get; set; }

    /// <summary>A cloze's typed answer; null = not answered.</summary>
    public string? TypedAnswer { get; set; }

    /// <summary>Whether the stored answer is right; null while unanswered.</summary>
    public bool? IsCorrect { get; set; }

    public bool IsFlagged { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
