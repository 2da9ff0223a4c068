using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>What a practice quiz asks: the scope, how many questions, and which kinds.</summary>
public sealed record QuizSetup(StudyScope Scope, int Count, IReadOnlySet<QuestionKind> Kinds)
{
    public static IReadOnlySet<QuestionKind> AllKinds { get; } = Enum.GetValues<QuestionKind>().ToHashSet();
}
