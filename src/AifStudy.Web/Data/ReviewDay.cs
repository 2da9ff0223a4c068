namespace AifStudy.Web.Data;

/// <summary>
/// A learner's reviews on one local day, kept with each rating and undo (<c>ReviewDayTotals</c>), so that the statistics
/// page reads a year as at most 365 rows instead of every review log.
/// </summary>
public sealed class ReviewDay
{
    public int LearnerId { get; set; }

    /// <summary>The portal's local day the reviews were made on.</summary>
    public DateOnly Day { get; set; }

    public int Reviews { get; set; }

    /// <summary>Reviews of cards that were in the Review state (the ones retention is measured on).</summary>
    public int OfReviewCards { get; set; }

    /// <summary>Of <see cref="OfReviewCards"/>, those rated Hard or better (recalled).</summary>
    public int Recalled { get; set; }
}
