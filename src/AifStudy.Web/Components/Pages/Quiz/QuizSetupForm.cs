using AifStudy.Core.Quizzes;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;

namespace AifStudy.Web.Components.Pages.Quiz;

/// <summary>The practice setup form's values.</summary>
public sealed class QuizSetupForm
{
    public int ScopeIndex { get; set; }

    public int Count { get; set; } = 10;

    public HashSet<QuestionKind> Kinds { get; } = [.. QuizSetup.AllKinds];

    public void Toggle(QuestionKind kind, bool on)
    {
        if (on)
        {
            Kinds.Add(kind);
        }
        else
        {
            Kinds.Remove(kind);
        }
    }

    public QuizSetup ToSetup(StudyScope scope) => new(scope, Math.Clamp(Count, 1, QuizSetup.MaxCount), Kinds.ToHashSet());
}
