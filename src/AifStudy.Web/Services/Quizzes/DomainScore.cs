namespace AifStudy.Web.Services.Quizzes;

/// <summary>A domain's result in the learner's latest finished attempt that asked about it.</summary>
public sealed record DomainScore(int Domain, DateTimeOffset At, int Correct, int Total, int Score);
