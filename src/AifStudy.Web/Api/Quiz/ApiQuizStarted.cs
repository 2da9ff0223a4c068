namespace AifStudy.Web.Api.Quiz;

/// <summary>A started practice quiz: its id, its size, and why it holds fewer questions than asked for (or null).</summary>
public sealed record ApiQuizStarted(int AttemptId, int QuestionCount, string? Shortfall);
