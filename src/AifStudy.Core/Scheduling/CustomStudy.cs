namespace AifStudy.Core.Scheduling;

/// <summary>Anki's custom study sessions, on top of a scope: what a session takes instead of today's queue.</summary>
public enum CustomStudy
{
    /// <summary>Review ahead: review cards due in the next <see cref="CustomStudyRules.AheadDays"/> days, soonest first.</summary>
    Ahead,

    /// <summary>Today's lapses: the cards last answered Again today, until answered otherwise.</summary>
    Lapses,

    /// <summary>
    /// Missed in quizzes: the cards of the sections whose questions a quiz or exam got wrong in the last
    /// <see cref="CustomStudyRules.MissedWithinDays"/> days, new ones included, each once a day.
    /// </summary>
    Missed,

    /// <summary>
    /// The cards the deck browser found (its search and filters), due or not, each once a day; one answered today
    /// comes back only when a learning step makes it due again.
    /// </summary>
    Selected,
}

/// <summary>The spans custom study looks over.</summary>
public static class CustomStudyRules
{
    /// <summary>How far ahead "review ahead" looks.</summary>
    public const int AheadDays = 7;

    /// <summary>How far back "missed in quizzes" looks.</summary>
    public const int MissedWithinDays = 14;

    /// <summary>Reads <c>?custom=</c> (ahead, lapses, missed; any case); null for anything else.</summary>
    public static CustomStudy? Parse(string? text) =>
        Enum.TryParse<CustomStudy>(text, ignoreCase: true, out var custom) && Enum.IsDefined(custom) && !int.TryParse(text, out _) ? custom : null;
}
