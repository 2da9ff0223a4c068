namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>One answer in a card's history: the rating and the whole days since the card's previous answer (0 for the first).</summary>
/// <param name="Rating">1 Again .. 4 Easy.</param>
/// <param name="DeltaDays">Whole days since the previous answer; 0 for the first answer and for same-day answers.</param>
public readonly record struct TrainingReview(Rating Rating, int DeltaDays);

/// <summary>
/// One training example, as fsrs-rs's <c>FSRSItem</c>: a card's answers up to and including one
/// answered a day or more after the one before it. The earlier answers are the input; whether the
/// last one was a recall (not Again) is the label.
/// </summary>
public sealed class TrainingItem
{
    /// <summary>Creates an item from answers in order; the first has 0 days, the last is the one predicted.</summary>
    /// <exception cref="ArgumentException">Fewer than two answers, or the last was not a day or more after the one before.</exception>
    public TrainingItem(IReadOnlyList<TrainingReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        if (reviews.Count < 2 || reviews[^1].DeltaDays < 1)
        {
            throw new ArgumentException(
                "A training item needs earlier answers and a last answer a day or more after the one before it.", nameof(reviews));
        }

        Reviews = [.. reviews];
    }

    /// <summary>The answers, oldest first; the last is the one whose recall is predicted.</summary>
    public IReadOnlyList<TrainingReview> Reviews { get; }

    /// <summary>The answer whose outcome is predicted.</summary>
    public TrainingReview Current => Reviews[^1];

    /// <summary>True when the predicted answer was a recall (Hard, Good or Easy).</summary>
    public bool Recalled => Current.Rating != Rating.Again;

    /// <summary>Answers a day or more after the one before (the current one included).</summary>
    public int LongTermCount => Reviews.Count(r => r.DeltaDays >= 1);

    /// <summary>The first answer a day or more after the one before.</summary>
    public TrainingReview FirstLongTerm => Reviews.First(r => r.DeltaDays >= 1);

    /// <summary>
    /// fsrs-rs's bin for RMSE(bins): the elapsed days, the number of long-term answers and the
    /// earlier long-term lapses, each on a log scale.
    /// </summary>
    internal (int Days, int Length, int Lapses) Bin
    {
        get
        {
            var days = (int)Math.Round(2.48 * Math.Pow(3.62, Math.Floor(Math.Log(Current.DeltaDays, 3.62))) * 100);
            var length = (int)Math.Round(1.99 * Math.Pow(1.89, Math.Floor(Math.Log(LongTermCount + 1, 1.89))));
            var lapses = 0;
            for (var i = 0; i < Reviews.Count - 1; i++)
            {
                if (Reviews[i].Rating == Rating.Again && Reviews[i].DeltaDays >= 1)
                {
                    lapses++;
                }
            }

            var lapseBin = lapses == 0 ? 0 : (int)Math.Round(1.65 * Math.Pow(1.73, Math.Floor(Math.Log(lapses, 1.73))));
            return (days, length, lapseBin);
        }
    }
}
