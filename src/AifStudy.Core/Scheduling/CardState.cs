namespace AifStudy.Core.Scheduling;

/// <summary>Where a card is in the FSRS lifecycle.</summary>
public enum CardState
{
    /// <summary>Never reviewed; no memory state yet.</summary>
    New,

    /// <summary>Working through the learning steps (minutes apart).</summary>
    Learning,

    /// <summary>Graduated: reviewed at day intervals chosen from its stability.</summary>
    Review,

    /// <summary>Lapsed in review and working through the relearning steps.</summary>
    Relearning,
}
