namespace AifStudy.Core.Scheduling.Optimizer;

/// <summary>
/// fsrs-rs's <c>prepare_training_data</c>: the items for pre-training (a card's first long-term
/// answer) and for training, both without rare or very long first intervals that would skew the fit.
/// </summary>
internal static class TrainingSet
{
    public static (List<TrainingItem> Initial, List<TrainingItem> Training) Prepare(IReadOnlyList<TrainingItem> items)
    {
        var initial = items.Where(i => i.LongTermCount == 1);
        var kept = new List<TrainingItem>();
        var removed = new HashSet<(Rating, int)>();
        foreach (var byRating in initial.GroupBy(i => i.Reviews[0].Rating).OrderBy(g => g.Key))
        {
            var groups = byRating.GroupBy(i => Math.Max(1, i.FirstLongTerm.DeltaDays))
                .OrderBy(g => g.Count()).ThenBy(g => g.Key).ToList();
            var total = groups.Sum(g => g.Count());
            var dropped = 0;
            foreach (var group in groups)
            {
                var size = group.Count();

                // Drop the smallest groups until 5 % (at least 20 items) are gone, then groups under six
                // items or with a first interval over 100 days (365 after Easy).
                if (dropped + size >= Math.Max(20, total / 20))
                {
                    if (size >= 6 && group.Key <= (byRating.Key == Rating.Easy ? 365 : 100))
                    {
                        kept.AddRange(group);
                    }
                    else
                    {
                        removed.Add((byRating.Key, group.Key));
                    }
                }
                else
                {
                    dropped += size;
                    removed.Add((byRating.Key, group.Key));
                }
            }
        }

        // As fsrs-rs: the kept first long-term answers (in group order), then the later answers whose
        // card's first interval survived, oldest first. The recency weights follow this order.
        var training = kept.Concat(items.Where(i =>
                i.LongTermCount > 1 && !removed.Contains((i.Reviews[0].Rating, Math.Max(1, i.FirstLongTerm.DeltaDays)))))
            .ToList();
        return (kept, training);
    }
}
