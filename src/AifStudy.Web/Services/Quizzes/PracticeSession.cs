using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// The practice page's state: one question at a time, answered once with immediate feedback, each answer stored as it
/// is given (so a refresh resumes at the first unanswered question). Enter submits, then moves on.
/// </summary>
public sealed class PracticeSession(QuizAttempts attempts)
{
    private readonly int _learnerId = Learner.DefaultId;

    public QuizAttemptView? View { get; private set; }

    public int Index { get; private set; }

    public QuizAnswer Draft { get; private set; } = QuizAnswer.Empty;

    /// <summary>True while the current question shows its solution.</summary>
    public bool ShowingFeedback { get; private set; }

    public AttemptQuestionView? Current => View is { } view && Index < view.Questions.Count ? view.Questions[Index] : null;

    /// <summary>The summary shows once every question is answered and the last feedback was dismissed.</summary>
    public bool IsDone => View is { } view && Index >= view.Questions.Count;

    public bool CanSubmit => Current is { } q && !ShowingFeedback && QuizInput.IsComplete(q.Question, Draft);

    public int RightSoFar => View?.Questions.Count(q => q.IsCorrect == true) ?? 0;

    public async Task<bool> LoadAsync(int attemptId, CancellationToken cancellationToken = default)
    {
        View = await attempts.GetAsync(_learnerId, attemptId, cancellationToken);
        if (View is null)
        {
            return false;
        }

        Index = View.Questions.TakeWhile(q => q.IsAnswered).Count();
        (Draft, ShowingFeedback) = (QuizAnswer.Empty, false);
        return true;
    }

    public void SetDraft(QuizAnswer answer)
    {
        if (!ShowingFeedback)
        {
            Draft = answer;
        }
    }

    public async Task SubmitAsync(CancellationToken cancellationToken = default)
    {
        if (!CanSubmit || View is null)
        {
            return;
        }

        var after = await attempts.AnswerAsync(_learnerId, View.Id, Index, Draft, cancellationToken);
        // Null: answered elsewhere (another tab) meanwhile; show what was stored.
        View = after ?? await attempts.GetAsync(_learnerId, View.Id, cancellationToken) ?? View;
        ShowingFeedback = true;
    }

    public void Next()
    {
        if (!ShowingFeedback || View is null)
        {
            return;
        }

        Index++;
        while (Index < View.Questions.Count && View.Questions[Index].IsAnswered)
        {
            Index++;
        }

        (Draft, ShowingFeedback) = (QuizAnswer.Empty, false);
    }

    public Task EnterAsync(CancellationToken cancellationToken = default)
    {
        if (ShowingFeedback)
        {
            Next();
            return Task.CompletedTask;
        }

        return SubmitAsync(cancellationToken);
    }
}
