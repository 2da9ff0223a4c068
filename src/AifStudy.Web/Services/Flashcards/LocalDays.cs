namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Days as the learner lives them. There are no per-learner time zones yet: a "day" is a day of the server's local
/// time zone (<see cref="TimeProvider.LocalTimeZone"/>), which for a self-hosted portal is the learner's.
/// </summary>
internal static class LocalDays
{
    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow(), time);

    public static DateOnly DateOf(DateTimeOffset instant, TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, time.LocalTimeZone).DateTime);

    /// <summary>The instant the local day <paramref name="day"/> begins.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeProvider time)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, time.LocalTimeZone.GetUtcOffset(midnight));
    }
}
