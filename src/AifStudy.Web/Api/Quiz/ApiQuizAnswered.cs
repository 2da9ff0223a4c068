namespace AifStudy.Web.Api.Quiz;

/// <summary>
/// A stored answer with its feedback (the solution and explanation, as the page shows after answering) and the
/// attempt's running score. <paramref name="Replayed"/> is true when this exact answer had been stored before (a
/// retried request): nothing was stored again.
/// </summary>
public sealed record ApiQuizAnswered(
    int AttemptId,
    int Position,
    bool Correct,
    bool Replayed,
    IReadOnlyList<int> CorrectIndexes,
    IReadOnlyList<string> AcceptedAnswers,
    string Explanation,
    int AnsweredCount,
    int CorrectCount,
    int QuestionCount,
    bool Ended,
    int? Score);
