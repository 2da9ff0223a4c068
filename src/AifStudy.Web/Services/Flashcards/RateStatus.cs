namespace AifStudy.Web.Services.Flashcards;

/// <summary>Whether a rating was recorded, and why not.</summary>
public enum RateStatus
{
    /// <summary>The review is stored.</summary>
    Recorded,

    /// <summary>The card's progress is no longer at the version the rating was made against (for example, a retried request).</summary>
    VersionConflict,

    /// <summary>There is no such card.</summary>
    NoCard,

    /// <summary>There is no such learner.</summary>
    NoLearner,
}
