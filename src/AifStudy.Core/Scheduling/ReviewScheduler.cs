namespace AifStudy.Core.Scheduling;

/// <summary>
/// The FSRS-6 scheduler, following py-fsrs 6 <c>Scheduler.review_card</c>. Pure: it returns new
/// states and never stores anything. Thread-safe.
/// </summary>
/// <remarks>
/// Fuzz is deterministic: its random fraction is a hash of the card's state before the review
/// (and a salt drawn once from <c>fuzzRandom</c>, if given), never of the review time. So
/// <see cref="Preview"/> consumes nothing and shows exactly what <see cref="Review"/> then does,
/// even seconds later, while each review of a card (whose state always changes) gets fresh fuzz.
/// py-fsrs draws <c>random()</c> per review instead, which makes a faithful preview impossible.
/// </remarks>
public sealed class ReviewScheduler
{
    private static readonly Rating[] Ratings = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

    private readonly FsrsParameters _parameters;
    private readonly TimeProvider _time;
    private readonly FsrsModel _model;
    private readonly ulong _fuzzSalt;

    /// <summary>Creates a scheduler.</summary>
    /// <param name="parameters">The weights, retention, steps and fuzz setting.</param>
    /// <param name="time">The clock used when no review time is given.</param>
    /// <param name="fuzzRandom">Optional source of the fuzz salt (one draw, here); seed it in tests.</param>
    public ReviewScheduler(FsrsParameters parameters, TimeProvider time, Random? fuzzRandom = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(time);
        _parameters = parameters;
        _time = time;
        _model = new FsrsModel(parameters.Weights);
        _fuzzSalt = fuzzRandom is null ? 0 : (ulong)fuzzRandom.NextInt64(long.MinValue, long.MaxValue);
    }

    /// <summary>Reviews a card.</summary>
    /// <param name="card">The card's state before the review.</param>
    /// <param name="rating">The answer given.</param>
    /// <param name="reviewedAt">When it was answered; the <see cref="TimeProvider"/>'s now if omitted.</param>
    /// <exception cref="ArgumentException">A Review or Relearning card has no stability or difficulty.</exception>
    public ReviewOutcome Review(SchedulingState card, Rating rating, DateTimeOffset? reviewedAt = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Enum.IsDefined(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "Rating must be Again, Hard, Good or Easy.");
        }

        return Schedule(card, rating, reviewedAt ?? _time.GetUtcNow(), IntervalFuzz.Fraction(card, _fuzzSalt));
    }

    /// <summary>What each button would do, for labels such as "10m / 2d / 1.3mo"; identical to <see cref="Review"/>.</summary>
    /// <param name="card">The card's state now.</param>
    /// <param name="at">The review time to assume; the <see cref="TimeProvider"/>'s now if omitted.</param>
    public IReadOnlyDictionary<Rating, ReviewOutcome> Preview(SchedulingState card, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        var now = at ?? _time.GetUtcNow();
        var fraction = IntervalFuzz.Fraction(card, _fuzzSalt);
        return Ratings.ToDictionary(r => r, r => Schedule(card, r, now, fraction));
    }

    /// <summary>The predicted chance of recall at <paramref name="at"/>, counting whole days; 0 for an unreviewed card.</summary>
    public double Retrievability(SchedulingState card, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card is { LastReview: { } last, Stability: { } s }
            ? _model.Retrievability(Math.Max(0, WholeDays(at - last)), s)
            : 0;
    }

    /// <summary>
    /// Replays a history into a memory state, as fsrs-rs <c>memory_state</c> does: no steps, no dates;
    /// a gap of 0 days is a same-day review.
    /// </summary>
    /// <exception cref="ArgumentException">The history is empty.</exception>
    public MemoryState ReplayMemory(IEnumerable<PastReview> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        MemoryState? memory = null;
        foreach (var review in history)
        {
            memory = _model.Next(memory, review.Rating, memory is null ? null : review.DaysSincePrevious);
        }

        return memory ?? throw new ArgumentException("A history needs at least one review.", nameof(history));
    }

    private ReviewOutcome Schedule(SchedulingState card, Rating rating, DateTimeOffset now, double fuzzFraction)
    {
        long? elapsed = card.LastReview is { } last ? WholeDays(now - last) : null;
        if (card.Memory is null && card.State is CardState.Review or CardState.Relearning)
        {
            throw new ArgumentException($"A {card.State} card needs a stability and a difficulty.", nameof(card));
        }

        var memory = _model.Next(card.Memory, rating, elapsed);
        var decision = card.State switch
        {
            CardState.Review => StepDecision.ForReview(rating, _parameters.RelearningSteps),
            CardState.Relearning => StepDecision.ForSteps(card.State, card.Step ?? 0, rating, _parameters.RelearningSteps),
            _ => StepDecision.ForSteps(CardState.Learning, card.Step ?? 0, rating, _parameters.LearningSteps),
        };
        var interval = decision.StepInterval ?? TimeSpan.FromDays(ReviewDays(memory.Stability, fuzzFraction));
        var after = new SchedulingState(decision.State, decision.Step, memory.Stability, memory.Difficulty, now + interval, now);
        return new ReviewOutcome(after, (int)WholeDays(interval), interval, (int)Math.Max(0, elapsed ?? 0));
    }

    private int ReviewDays(double stability, double fuzzFraction)
    {
        var days = _model.Interval(stability, _parameters.DesiredRetention, _parameters.MaximumIntervalDays);
        return _parameters.EnableFuzz ? IntervalFuzz.Apply(days, _parameters.MaximumIntervalDays, fuzzFraction) : days;
    }

    // Python's timedelta.days: whole days, floored (so a review a second early is day -1).
    private static long WholeDays(TimeSpan span)
    {
        var days = Math.DivRem(span.Ticks, TimeSpan.TicksPerDay, out var rest);
        return rest < 0 ? days - 1 : days;
    }
}
