namespace AifStudy.Core.Scheduling;

/// <summary>Where a review sends a card: a timed step, or (with no <see cref="StepInterval"/>) a day interval from S.</summary>
internal readonly record struct StepDecision(CardState State, int? Step, TimeSpan? StepInterval)
{
    public static StepDecision Graduate => new(CardState.Review, null, null);

    /// <summary>The py-fsrs step rules for a card in Learning (or New) or Relearning.</summary>
    public static StepDecision ForSteps(CardState state, int step, Rating rating, IReadOnlyList<TimeSpan> steps)
    {
        // A card can sit past the last step if the steps were shortened since; it graduates unless it failed.
        if (steps.Count == 0 || (step >= steps.Count && rating != Rating.Again))
        {
            return Graduate;
        }

        return rating switch
        {
            Rating.Again => new(state, 0, steps[0]),
            Rating.Hard when step == 0 && steps.Count == 1 => new(state, 0, steps[0] * 1.5),
            Rating.Hard when step == 0 => new(state, 0, (steps[0] + steps[1]) / 2),
            Rating.Hard => new(state, step, steps[step]),
            Rating.Good when step + 1 >= steps.Count => Graduate,
            Rating.Good => new(state, step + 1, steps[step + 1]),
            _ => Graduate,
        };
    }

    /// <summary>A Review card: Again lapses into relearning (if there are steps); anything else stays in Review.</summary>
    public static StepDecision ForReview(Rating rating, IReadOnlyList<TimeSpan> relearningSteps) =>
        rating == Rating.Again && relearningSteps.Count > 0
            ? new(CardState.Relearning, 0, relearningSteps[0])
            : Graduate;
}
