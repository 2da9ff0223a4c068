using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>What a practice quiz asks: the scope, how many questions, and which kinds.</summary>
public sealed record QuizSetup(StudyScope Scope, int Count, IReadOnlySet<QuestionKind> Kinds)
{
    /// <summary>The most questions a practice quiz asks (the form's limit, the JSON API's, and a retry's).</summary>
    public const int MaxCount = 50;

    public static IReadOnlySet<QuestionKind> AllKinds { get; } = Enum.GetValues<QuestionKind>().ToHashSet();
}
