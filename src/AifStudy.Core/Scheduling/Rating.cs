namespace AifStudy.Core.Scheduling;

/// <summary>The learner's answer to a review, as the four FSRS/Anki buttons.</summary>
public enum Rating
{
    /// <summary>Forgot the answer.</summary>
    Again = 1,

    /// <summary>Recalled with serious difficulty.</summary>
    Hard = 2,

    /// <summary>Recalled after some hesitation.</summary>
    Good = 3,

    /// <summary>Recalled at once.</summary>
    Easy = 4,
}
