namespace AifStudy.Web.Api.Quiz;

/// <summary>
/// An attempt's result, as GET /api/quiz/{attemptId}/result returns it. <paramref name="Score"/> (100..1000) is set once
/// the attempt has ended (every question answered); <paramref name="Questions"/> lists the answered ones.
/// </summary>
public sealed record ApiQuizResult(
    int AttemptId,
    string ScopeLabel,
    int QuestionCount,
    int AnsweredCount,
    int CorrectCount,
    bool Ended,
    int? Score,
    bool Passed,
    IReadOnlyList<ApiDomainResult> Domains,
    IReadOnlyList<ApiAnsweredQuestion> Questions);
