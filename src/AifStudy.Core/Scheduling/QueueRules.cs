namespace AifStudy.Core.Scheduling;

/// <summary>
/// The rules Anki applies around the scheduler when it builds a review session: how far ahead learning cards are
/// shown (learn-ahead), which cards wait for tomorrow because a sibling was studied today (burying), and when a card
/// that keeps lapsing becomes a leech. Pure; the portal's queue and recorder apply them to stored progress.
/// </summary>
/// <param name="LearnAhead">
/// How far ahead a learning or relearning card may be shown when nothing else is due (Anki's "learn ahead limit",
/// default 20 minutes): a session of new cards goes on into their 10-minute steps instead of ending.
/// </param>
/// <param name="BurySiblings">
/// Whether a new or review card waits until the next day once another card from the same source item (the same note
/// and subject: a term card, its reverse, its cloze) was reviewed today.
/// </param>
/// <param name="LeechThreshold">Lapses that make a card a leech (Anki's default 8); 0 turns leeches off.</param>
public sealed record QueueRules(TimeSpan LearnAhead, bool BurySiblings, int LeechThreshold)
{
    /// <summary>The order new cards are met in (<see cref="NewCardOrder.ByNote"/> unless set).</summary>
    public NewCardOrder NewOrder { get; init; } = NewCardOrder.ByNote;

    /// <summary>Longest learn-ahead the settings accept (a day: beyond it a "learning" card is a review card).</summary>
    public static readonly TimeSpan MaxLearnAhead = TimeSpan.FromDays(1);

    /// <summary>Most lapses a leech threshold can ask for.</summary>
    public const int MaxLeechThreshold = 99;

    /// <summary>Anki's defaults: 20 minutes ahead, siblings buried, leech at 8 lapses.</summary>
    public static QueueRules Default { get; } = new(TimeSpan.FromMinutes(20), BurySiblings: true, LeechThreshold: 8);

    /// <summary>The rules with each value checked.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or beyond its maximum (the message names it).</exception>
    public static QueueRules Create(int learnAheadMinutes, bool burySiblings, int leechThreshold, NewCardOrder newOrder = NewCardOrder.ByNote)
    {
        if (!Enum.IsDefined(newOrder))
        {
            throw new ArgumentOutOfRangeException(nameof(newOrder), newOrder, "The new card order must be by note, interleaved or random.");
        }

        if (learnAheadMinutes < 0 || learnAheadMinutes > MaxLearnAhead.TotalMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(learnAheadMinutes), learnAheadMinutes, $"The learn-ahead limit must be between 0 and {MaxLearnAhead.TotalMinutes:0} minutes.");
        }

        if (leechThreshold < 0 || leechThreshold > MaxLeechThreshold)
        {
            throw new ArgumentOutOfRangeException(nameof(leechThreshold), leechThreshold, $"The leech threshold must be between 0 (off) and {MaxLeechThreshold} lapses.");
        }

        return new QueueRules(TimeSpan.FromMinutes(learnAheadMinutes), burySiblings, leechThreshold) { NewOrder = newOrder };
    }

    /// <summary>
    /// The latest due time of a learning card that may be shown at <paramref name="now"/> once no review or new card
    /// is left: <c>now + LearnAhead</c>. Review cards are only ever shown when due.
    /// </summary>
    public DateTimeOffset LearnAheadHorizon(DateTimeOffset now) => now + LearnAhead;

    /// <summary>
    /// When a session that ran out of cards should look again for the learning card due at
    /// <paramref name="nextLearningDue"/>: as soon as it enters the learn-ahead window, never before <paramref name="now"/>.
    /// </summary>
    public DateTimeOffset WakeAt(DateTimeOffset nextLearningDue, DateTimeOffset now)
    {
        var at = nextLearningDue - LearnAhead;
        return at < now ? now : at;
    }

    /// <summary>
    /// True when the lapse that brought a card to <paramref name="lapses"/> makes it a leech: at the threshold, and
    /// again every half threshold after it (8, 12, 16… for 8), as Anki does, so a leech the learner brought back and
    /// that keeps failing is caught again.
    /// </summary>
    public bool IsLeechLapse(int lapses) =>
        LeechThreshold > 0 && lapses >= LeechThreshold && (lapses - LeechThreshold) % Math.Max(LeechThreshold / 2, 1) == 0;

    /// <summary>
    /// True when two cards are siblings: made from the same item of the same note (same note and same subject, the
    /// term or list they ask about), and not the same card.
    /// </summary>
    public static bool AreSiblings(int cardA, int? noteA, string subjectA, int cardB, int? noteB, string subjectB) =>
        cardA != cardB && noteA is not null && noteA == noteB && string.Equals(subjectA, subjectB, StringComparison.Ordinal) && subjectA.Length > 0;
}
