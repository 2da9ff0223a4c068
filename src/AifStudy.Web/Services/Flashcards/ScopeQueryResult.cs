namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// A scope read from a query string (<see cref="StudyScopeQuery"/>): <see cref="Scope"/> when it can be used; otherwise
/// <see cref="Problem"/> says what was wrong, <see cref="Scope"/> is <see cref="StudyScope.All"/>, and
/// <see cref="IsUnknown"/> tells a note or section that does not exist (not found) from a malformed value (bad request).
/// </summary>
public sealed record ScopeQueryResult(StudyScope Scope, string? Problem = null, bool IsUnknown = false)
{
    public bool IsValid => Problem is null;

    public static ScopeQueryResult Invalid(string problem) => new(StudyScope.All, problem);

    public static ScopeQueryResult Unknown(string problem) => new(StudyScope.All, problem, IsUnknown: true);
}
