using System.Collections.Concurrent;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// The review queue and the recording of answers. Each call uses its own short-lived context; a rating is stored
/// with its log row in one transaction of its own, so a dropped circuit loses at most the card on screen.
/// </summary>
/// <remarks>
/// A new card is one without a progress row, so finding the first one in note order means skipping every card already
/// studied (120k rows, 160 ms, in the benchmark). The service remembers, per learner and scope, where the first new
/// card was; no new card can appear before it except through an undo or resume here (which forget it) or an import
/// (a new ImportRun id, which makes it stale). Another process undoing reviews is not seen; there is one host.
/// </remarks>
public sealed class ReviewService(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time) : IDisposable
{
    // Ratings, undos and suspensions are read-modify-write: one at a time (a double click must not rate twice from one state).
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly ConcurrentDictionary<(int LearnerId, StudyScope Scope), NewCardCursor> _newCursors = new();

    // Bumped whenever a card may have become new again; a search that started before it does not store its cursor.
    private int _cursorGeneration;

    /// <summary>
    /// The next card: the most overdue due card (Learning, Review or Relearning) first, then new cards in note and
    /// position order while fewer than the learner's NewCardsPerDay were introduced today; null when nothing is left.
    /// Suspended and retired cards never come up.
    /// </summary>
    public async Task<ReviewCard?> NextAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var due = await db.CardProgress.Schedulable(learnerId).InScope(scope)
            .Where(p => p.Due <= now)
            .OrderBy(p => p.Due).ThenBy(p => p.CardId)
            .Select(p => new QueueRow(p.CardId, p.Card!.Kind, p.Card.Front, p.Card.Back, p.Card.NoteSlug, p.Card.Note!.Title,
                p.Card.SectionAnchor, p.Card.SectionPathText, p.State, p.Step, p.Stability, p.Difficulty, p.Due, p.LastReview))
            .FirstOrDefaultAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        if (due is not null)
        {
            return ToReviewCard(due, isNew: false, settings, now);
        }

        if (await NewLeftTodayAsync(db, learnerId, settings, cancellationToken) == 0)
        {
            return null;
        }

        var generation = Volatile.Read(ref _cursorGeneration);
        var importRun = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
        var fresh = await NewCards(db, learnerId, scope, CursorFor(learnerId, scope, importRun))
            .Select(c => new { c.NoteId, c.Position, Row = new QueueRow(c.Id, c.Kind, c.Front, c.Back, c.NoteSlug, c.Note!.Title, c.SectionAnchor,
                c.SectionPathText, CardState.New, 0, null, null, now, null) })
            .FirstOrDefaultAsync(cancellationToken);
        if (generation == Volatile.Read(ref _cursorGeneration))
        {
            _newCursors[(learnerId, scope)] = fresh is null
                ? new NewCardCursor(int.MaxValue, int.MaxValue, importRun)
                : new NewCardCursor(fresh.NoteId ?? 0, fresh.Position, importRun);
        }

        return fresh is null ? null : ToReviewCard(fresh.Row, isNew: true, settings, now);
    }

    /// <summary>Records an answer: runs the scheduler, stores the card's new state and a log row, in one transaction.</summary>
    /// <exception cref="InvalidOperationException">The card does not exist.</exception>
    public async Task<ReviewOutcome> RateAsync(int learnerId, int cardId, Rating rating, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await db.Cards.AnyAsync(c => c.Id == cardId, cancellationToken))
            {
                throw new InvalidOperationException($"There is no card {cardId}.");
            }

            var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == cardId, cancellationToken);
            var before = progress is null ? SchedulingState.New(now) : ProgressMapping.ToState(progress);
            var outcome = new ReviewScheduler(LearnerSettingsService.ToParameters(settings), time).Review(before, rating, now);
            if (progress is null)
            {
                progress = new CardProgress { LearnerId = learnerId, CardId = cardId };
                db.CardProgress.Add(progress);
            }

            db.ReviewLogs.Add(ProgressMapping.Log(learnerId, cardId, rating, now, before, outcome, wasNew: before.State == CardState.New));
            ProgressMapping.Apply(progress, outcome.After);
            progress.Reps++;
            progress.Lapses += ProgressMapping.IsLapse(before.State, rating) ? 1 : 0;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Undoes the learner's most recent review: the card gets back its state from before it, the log row goes.</summary>
    /// <returns>False when the learner has no review to undo.</returns>
    public async Task<bool> UndoLastAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var log = await db.ReviewLogs.Where(l => l.LearnerId == learnerId)
                .OrderByDescending(l => l.ReviewedAt).ThenByDescending(l => l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (log is null)
            {
                return false;
            }

            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == log.CardId, cancellationToken);
            if (progress is not null)
            {
                if (log.WasNew && !progress.IsSuspended)
                {
                    db.CardProgress.Remove(progress);
                }
                else
                {
                    ProgressMapping.Restore(progress, log);
                }
            }

            db.ReviewLogs.Remove(log);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (log.WasNew)
            {
                ForgetNewCardCursors();
            }

            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>How many cards wait in <paramref name="scope"/> now.</summary>
    public async Task<QueueCounts> CountsAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var dueByState = await db.CardProgress.Schedulable(learnerId).InScope(scope)
            .Where(p => p.Due <= now)
            .GroupBy(p => p.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        var left = await NewLeftTodayAsync(db, learnerId, settings, cancellationToken);
        var importRun = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
        var fresh = left == 0 ? 0 : await NewCards(db, learnerId, scope, CursorFor(learnerId, scope, importRun)).Take(left).CountAsync(cancellationToken);
        return new QueueCounts(
            dueByState.Where(d => d.State == CardState.Review).Sum(d => d.Count),
            fresh,
            dueByState.Where(d => d.State is CardState.Learning or CardState.Relearning).Sum(d => d.Count));
    }

    /// <summary>The deck browser: cards in <paramref name="scope"/> in note order, optionally filtered by text.</summary>
    public async Task<IReadOnlyList<CardListItem>> ListAsync(
        int learnerId, StudyScope scope, string? search, bool includeRetired = false, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = db.Cards.InScope(scope);
        if (!includeRetired)
        {
            cards = cards.Where(c => c.RetiredAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            cards = cards.Where(c => EF.Functions.Like(c.Front, pattern, "\\") || EF.Functions.Like(c.Back, pattern, "\\")
                || EF.Functions.Like(c.SectionPathText, pattern, "\\"));
        }

        return await (
            from c in cards
            join p in db.CardProgress.Where(p => p.LearnerId == learnerId) on c.Id equals p.CardId into progress
            from p in progress.DefaultIfEmpty()
            orderby c.NoteSlug, c.Position, c.Id
            select new CardListItem(c.Id, c.Kind, c.Front, c.Back, c.SectionPathText,
                p == null ? CardState.New : p.State,
                p == null || p.State == CardState.New ? null : (DateTimeOffset?)p.Due,
                p == null ? null : p.Stability,
                p != null && p.IsSuspended,
                c.RetiredAt != null))
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Suspends a card (it stops coming up for review) or lets it come up again; its schedule is kept.</summary>
    public async Task SetSuspendedAsync(int learnerId, int cardId, bool suspended, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == cardId, cancellationToken);
            if (progress is null && suspended)
            {
                // A new card has no progress; a row in state New holds the flag (and is dropped again when resumed).
                var fresh = SchedulingState.New(time.GetUtcNow());
                progress = new CardProgress { LearnerId = learnerId, CardId = cardId, IsSuspended = true };
                ProgressMapping.Apply(progress, fresh);
                db.CardProgress.Add(progress);
            }
            else if (progress is { State: CardState.New, Reps: 0 } && !suspended)
            {
                db.CardProgress.Remove(progress);
            }
            else if (progress is not null)
            {
                progress.IsSuspended = suspended;
            }

            await db.SaveChangesAsync(cancellationToken);
            if (!suspended)
            {
                ForgetNewCardCursors();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();

    private static IQueryable<Data.Card> NewCards(StudyDbContext db, int learnerId, StudyScope scope, NewCardCursor? from)
    {
        var cards = db.Cards.Where(c => c.RetiredAt == null && !db.CardProgress.Any(p => p.LearnerId == learnerId && p.CardId == c.Id));
        if (from is not null)
        {
            // The first conjunct is a range seek on (NoteId, Position); the second trims the first note.
            cards = cards.Where(c => c.NoteId >= from.NoteId && (c.NoteId > from.NoteId || c.Position >= from.Position));
        }

        return cards.InScope(scope).OrderBy(c => c.NoteId).ThenBy(c => c.Position).ThenBy(c => c.Id);
    }

    private NewCardCursor? CursorFor(int learnerId, StudyScope scope, int importRun) =>
        _newCursors.TryGetValue((learnerId, scope), out var cursor) && cursor.ImportRun == importRun ? cursor : null;

    /// <summary>A card may have become new again: forget where new cards start.</summary>
    private void ForgetNewCardCursors()
    {
        Interlocked.Increment(ref _cursorGeneration);
        _newCursors.Clear();
    }

    private async Task<int> NewLeftTodayAsync(StudyDbContext db, int learnerId, LearnerSettings settings, CancellationToken cancellationToken)
    {
        if (settings.NewCardsPerDay <= 0)
        {
            return 0;
        }

        var startOfDay = LocalDays.StartOf(LocalDays.Today(time), time);
        var introduced = await db.ReviewLogs.CountAsync(l => l.LearnerId == learnerId && l.ReviewedAt >= startOfDay && l.WasNew, cancellationToken);
        return Math.Max(0, settings.NewCardsPerDay - introduced);
    }

    private ReviewCard ToReviewCard(QueueRow row, bool isNew, LearnerSettings settings, DateTimeOffset now)
    {
        var state = new SchedulingState(row.State, row.Step, row.Stability, row.Difficulty, row.Due, row.LastReview);
        var preview = new ReviewScheduler(LearnerSettingsService.ToParameters(settings), time).Preview(state, now);
        return new ReviewCard(row.CardId, row.Kind, row.Front, row.Back, row.NoteSlug, row.NoteTitle, row.SectionAnchor, row.SectionPathText,
            state, isNew, preview.ToDictionary(p => p.Key, p => IntervalLabel.Format(p.Value.Interval)));
    }

    /// <summary>No new card of the scope comes before (NoteId, Position) while ImportRun is the latest import.</summary>
    private sealed record NewCardCursor(int NoteId, int Position, int ImportRun);

    private sealed record QueueRow(
        int CardId, Core.Flashcards.CardKind Kind, string Front, string Back, string NoteSlug, string? NoteTitle, string SectionAnchor,
        string SectionPathText, CardState State, int? Step, double? Stability, double? Difficulty, DateTimeOffset Due, DateTimeOffset? LastReview);
}
