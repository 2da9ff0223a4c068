namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>One recorded answer to a card, as a review log keeps it.</summary>
/// <param name="CardId">Which card.</param>
/// <param name="At">When it was answered.</param>
/// <param name="Rating">The answer.</param>
/// <param name="ElapsedDays">Whole days since the card's previous answer, as the scheduler counted them (0 for the first).</param>
/// <param name="StartsHistory">The card was new at this answer (first seen, or reset): earlier answers no longer describe it.</param>
public readonly record struct LoggedReview(long CardId, DateTimeOffset At, Rating Rating, int ElapsedDays, bool StartsHistory = false);

/// <summary>Turns review logs into training items, as fsrs-rs's converter does for Anki's revlog.</summary>
public static class TrainingItems
{
    /// <summary>
    /// One item per answer given a day or more after the card's previous one, holding the card's
    /// earlier answers; items are ordered by when their last answer was given (the recency weights
    /// count on it). A card's history starts at its first answer, or again where it was new once more.
    /// </summary>
    public static IReadOnlyList<TrainingItem> FromLogs(IEnumerable<LoggedReview> logs)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var items = new List<(DateTimeOffset At, long CardId, TrainingItem Item)>();
        foreach (var card in logs.GroupBy(l => l.CardId))
        {
            var history = card.OrderBy(l => l.At).ToList();
            var reviews = new List<TrainingReview>(history.Count);
            foreach (var log in history)
            {
                if (log.StartsHistory)
                {
                    reviews.Clear();
                }

                reviews.Add(new TrainingReview(log.Rating, reviews.Count == 0 ? 0 : Math.Max(0, log.ElapsedDays)));
                if (reviews.Count > 1 && reviews[^1].DeltaDays >= 1)
                {
                    items.Add((log.At, card.Key, new TrainingItem(reviews)));
                }
            }
        }

        return [.. items.OrderBy(i => i.At).ThenBy(i => i.CardId).Select(i => i.Item)];
    }
}
