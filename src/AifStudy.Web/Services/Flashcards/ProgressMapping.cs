using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Between the stored progress and log rows and the scheduler's <see cref="SchedulingState"/>.</summary>
internal static class ProgressMapping
{
    public static SchedulingState ToState(CardProgress p) => new(p.State, p.Step, p.Stability, p.Difficulty, p.Due, p.LastReview);

    public static void Apply(CardProgress progress, SchedulingState state)
    {
        (progress.State, progress.Step, progress.Stability, progress.Difficulty) = (state.State, state.Step, state.Stability, state.Difficulty);
        (progress.Due, progress.LastReview) = (state.Due, state.LastReview);
    }

    /// <summary>A forgotten Review card lapses (Anki and FSRS count lapses the same way).</summary>
    public static bool IsLapse(CardState before, Rating rating) => before == CardState.Review && rating == Rating.Again;

    public static ReviewLog Log(int learnerId, int cardId, Rating rating, DateTimeOffset at, SchedulingState before, ReviewOutcome outcome, bool wasNew) => new()
    {
        LearnerId = learnerId,
        CardId = cardId,
        ReviewedAt = at,
        Rating = (int)rating,
        StateBefore = before.State,
        StateAfter = outcome.After.State,
        ElapsedDays = outcome.ElapsedDays,
        ScheduledDays = outcome.ScheduledDays,
        StabilityAfter = outcome.After.Stability,
        DifficultyAfter = outcome.After.Difficulty,
        WasNew = wasNew,
        StepBefore = before.Step,
        StabilityBefore = before.Stability,
        DifficultyBefore = before.Difficulty,
        DueBefore = before.Due,
        LastReviewBefore = before.LastReview,
    };

    /// <summary>Puts a progress row back the way it was before <paramref name="log"/>'s review.</summary>
    public static void Restore(CardProgress progress, ReviewLog log)
    {
        Apply(progress, new SchedulingState(log.StateBefore, log.StepBefore, log.StabilityBefore, log.DifficultyBefore, log.DueBefore, log.LastReviewBefore));
        progress.Reps--;
        progress.Lapses -= IsLapse(log.StateBefore, (Rating)log.Rating) ? 1 : 0;
    }
}
