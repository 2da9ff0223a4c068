using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>A scope a practice quiz can be drawn from, with how many questions it holds. Level: 0 all, 1 domain, 2 note, 3+ section.</summary>
public sealed record QuizScopeOption(string Label, StudyScope Scope, int Level, int QuestionCount)
{
    /// <summary>The scope as a query string (<c>domain=2</c>, <c>note=x&amp;section=y</c>, or empty for all).</summary>
    public string Query => (Scope.Domain, Scope.NoteSlug, Scope.SectionAnchor) switch
    {
        _ when Scope.TaskId is { } task => $"task={task}",
        (_, { } note, { } section) => $"note={Uri.EscapeDataString(note)}&section={Uri.EscapeDataString(section)}",
        (_, { } note, null) => $"note={Uri.EscapeDataString(note)}",
        ({ } domain, null, _) => $"domain={domain}",
        _ => "",
    };
}
