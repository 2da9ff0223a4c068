namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A learner's answer: option indexes (read per kind as <see cref="Core.Quizzes.QuizQuestion.CorrectIndexes"/> is) or,
/// for a cloze, the typed text.
/// </summary>
public sealed record QuizAnswer(IReadOnlyList<int> Chosen, string? Typed = null)
{
    public static QuizAnswer Empty { get; } = new([]);

    public static QuizAnswer Text(string typed) => new([], typed);

    /// <summary>True when there is something to submit.</summary>
    public bool IsGiven => Chosen.Count > 0 || !string.IsNullOrWhiteSpace(Typed);
}
