namespace AifStudy.Web.Services.Quizzes;

/// <summary>A newly started attempt: its id, how many questions it holds, and why fewer than asked (or null).</summary>
public sealed record QuizStart(int AttemptId, int QuestionCount, string? Shortfall);
