namespace AifStudy.Core.Quality;

/// <summary>
/// Every check, in the order they run: where the item came from, then what it names, then what gives it away, then
/// how it reads. The first that fires is the item's drop reason. See docs/quality.md for each failure class.
/// </summary>
public static class ItemChecks
{
    /// <summary>All checks, in the order they run.</summary>
    public static readonly IReadOnlyList<ItemCheck> All =
    [
        .. SourceChecks.All,
        .. SubjectChecks.All,
        .. GiveawayChecks.All,
        .. AnswerChecks.All,
        .. MeaningChecks.All,
        .. TextChecks.All,
    ];

    /// <summary>The first check <paramref name="item"/> fails, or null when it passes them all.</summary>
    public static ItemCheck? FirstFailure(StudyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        foreach (var check in All)
        {
            if (check.Fires(item))
            {
                return check;
            }
        }

        return null;
    }

    /// <summary>Every check <paramref name="item"/> fails (for tests and reports).</summary>
    public static IReadOnlyList<string> Failures(StudyItem item) => All.Where(c => c.Fires(item)).Select(c => c.Name).ToList();
}
