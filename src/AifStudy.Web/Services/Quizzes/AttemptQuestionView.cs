using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>One question of an attempt with what the learner answered so far.</summary>
public sealed record AttemptQuestionView(int Position, QuizQuestion Question, QuizAnswer? Answer, bool? IsCorrect, bool IsFlagged)
{
    public bool IsAnswered => Answer is not null;
}
