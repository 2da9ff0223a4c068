using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// The exam page's state: any question in any order, answers and flags stored the moment they change, the countdown
/// measured against the deadline on the server's clock, and a submit when it reaches zero.
/// </summary>
public sealed class ExamSession(QuizAttempts attempts, TimeProvider time)
{
    private readonly int _learnerId = Learner.DefaultId;

    public QuizAttemptView? View { get; private set; }

    public int Index { get; private set; }

    public AttemptQuestionView? Current => View is { } view && Index < view.Questions.Count ? view.Questions[Index] : null;

    public TimeSpan TimeLeft => View?.Deadline is { } deadline && deadline > time.GetUtcNow() ? deadline - time.GetUtcNow() : TimeSpan.Zero;

    public int CompleteCount => View?.Questions.Count(IsComplete) ?? 0;

    public int FlaggedCount => View?.Questions.Count(q => q.IsFlagged) ?? 0;

    public static bool IsComplete(AttemptQuestionView question) =>
        question.Answer is { } answer && QuizInput.IsComplete(question.Question, answer);

    public async Task<bool> LoadAsync(int attemptId, CancellationToken cancellationToken = default)
    {
        View = await attempts.GetAsync(_learnerId, attemptId, cancellationToken);
        Index = View is null ? 0 : Math.Clamp(View.Questions.TakeWhile(IsComplete).Count(), 0, Math.Max(0, View.Questions.Count - 1));
        return View is not null;
    }

    public void Go(int index)
    {
        if (View is not null && index >= 0 && index < View.Questions.Count)
        {
            Index = index;
        }
    }

    public async Task AnswerAsync(QuizAnswer answer, CancellationToken cancellationToken = default)
    {
        if (View is null || View.IsEnded)
        {
            return;
        }

        // The screen shows the change at once, so a second key press builds on the first even before it is stored.
        var position = Index;
        Replace(position, q => q with { Answer = answer });
        if (await attempts.AnswerAsync(_learnerId, View.Id, position, answer, cancellationToken) is null)
        {
            // The attempt closed meanwhile (deadline): reloading shows the result the server made.
            View = await attempts.GetAsync(_learnerId, View.Id, cancellationToken) ?? View;
        }
    }

    public async Task ToggleFlagAsync(CancellationToken cancellationToken = default)
    {
        if (View is null || Current is not { } current || View.IsEnded)
        {
            return;
        }

        var flagged = !current.IsFlagged;
        Replace(current.Position, q => q with { IsFlagged = flagged });
        if (!await attempts.FlagAsync(_learnerId, View.Id, current.Position, flagged, cancellationToken))
        {
            View = await attempts.GetAsync(_learnerId, View.Id, cancellationToken) ?? View;
        }
    }

    public async Task SubmitAsync(CancellationToken cancellationToken = default)
    {
        if (View is null || View.IsEnded)
        {
            return;
        }

        View = await attempts.SubmitAsync(_learnerId, View.Id, cancellationToken) ?? View;
        Index = 0;
    }

    private void Replace(int position, Func<AttemptQuestionView, AttemptQuestionView> change)
    {
        if (View is { } view)
        {
            View = view with { Questions = [.. view.Questions.Select(q => q.Position == position ? change(q) : q)] };
        }
    }

    /// <summary>Called every second by the page: at zero the attempt is submitted (the server checks its own clock).</summary>
    public async Task<bool> TickAsync(CancellationToken cancellationToken = default)
    {
        if (View is null || View.IsEnded || TimeLeft > TimeSpan.Zero)
        {
            return false;
        }

        await SubmitAsync(cancellationToken);
        return true;
    }
}
