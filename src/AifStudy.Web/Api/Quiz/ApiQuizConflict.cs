namespace AifStudy.Web.Api.Quiz;

/// <summary>409 body: the question was already answered differently, or the attempt is closed; nothing was stored.</summary>
public sealed record ApiQuizConflict(int AttemptId, int Position, string Detail);
