using System.Diagnostics.CodeAnalysis;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// The review queue: which card comes next and how many wait. Reads only, each call with its own short-lived context;
/// where the first new card of a scope is comes from <see cref="NewCardCursors"/>, shared with <see cref="ReviewRecorder"/>.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "The review queue is what learners and Anki call it; it is not a collection.")]
public sealed partial class ReviewQueue(IDbContextFactory<StudyDbContext> dbFactory, NewCardCursors cursors, Exam.ExamPlacements placements, TimeProvider time)
{
    /// <summary>
    /// The next card: the most overdue due card (Learning, Review or Relearning) first, then new cards in note and
    /// position order while fewer than the learner's NewCardsPerDay were introduced today, then learning cards due
    /// within the learn-ahead limit (so a session of new cards goes on into their steps); null when nothing is left.
    /// Suspended and retired cards never come up, nor (with burying on) a new or review card whose sibling was
    /// reviewed today.
    /// </summary>
    public async Task<ReviewCard?> NextAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
        => await NextAsync(learnerId, scope, custom: null, cancellationToken);

    /// <summary>The next card of <paramref name="scope"/>, or of a custom session on it (<see cref="CustomStudy"/>).</summary>
    public async Task<ReviewCard?> NextAsync(int learnerId, StudyScope scope, CustomSession? custom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (custom is { } mode)
        {
            return await NextCustomAsync(learnerId, scope, mode, cancellationToken);
        }

        var now = time.GetUtcNow();
        var task = await placements.SectionsAsync(learnerId, scope, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        var rules = LearnerSettingsService.ToRules(settings);
        var today = SiblingQueries.BuriedIds(db, learnerId, now);
        var schedulable = db.CardProgress.Schedulable(db, learnerId).InScope(scope, task);
        var due = await Rows(schedulable.NotBuried(today, rules).Where(p => p.Due <= now)).FirstOrDefaultAsync(cancellationToken);
        if (due is not null)
        {
            return ToReviewCard(await WithEditAsync(db, learnerId, due, cancellationToken), isNew: false, settings, now);
        }

        if (await NewLeftTodayAsync(db, learnerId, settings, cancellationToken) > 0)
        {
            var generation = cursors.Generation;
            var importRun = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
            var limits = await LearnerSettingsService.LimitsAsync(db, learnerId, cancellationToken);
            var candidates = await WithinLimitsAsync(
                NewCards(db, learnerId, scope, task, cursors.Find(learnerId, scope, importRun), today, rules), db, learnerId, limits, cancellationToken);
            var fresh = await candidates
                .Select(c => new { c.NoteId, c.Position, Row = new QueueRow(c.Id, c.Kind, c.Front, c.Back, c.NoteSlug, c.Note!.Title, c.SectionAnchor,
                    c.SectionPathText, CardState.New, 0, null, null, now, null, 0) })
                .FirstOrDefaultAsync(cancellationToken);
            // With per-scope limits the first card shown may lie past a full note's: the cursor stays where it was.
            if (!limits.Any)
            {
                await RememberFirstNewAsync(db, learnerId, scope, task, rules, fresh is null ? null : (fresh.NoteId ?? 0, fresh.Position), generation, importRun, cancellationToken);
            }

            if (fresh is not null)
            {
                return ToReviewCard(await WithEditAsync(db, learnerId, fresh.Row, cancellationToken), isNew: true, settings, now);
            }
        }

        var horizon = rules.LearnAheadHorizon(now);
        var ahead = await Rows(schedulable.Where(p => (p.State == CardState.Learning || p.State == CardState.Relearning) && p.Due <= horizon))
            .FirstOrDefaultAsync(cancellationToken);
        return ahead is null ? null : ToReviewCard(await WithEditAsync(db, learnerId, ahead, cancellationToken), isNew: false, settings, now);
    }

    /// <summary>
    /// When a session that ran out of cards should look again: the moment the next learning card in
    /// <paramref name="scope"/> enters the learn-ahead window; null when no card is learning.
    /// </summary>
    public async Task<DateTimeOffset?> WakeAtAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var task = await placements.SectionsAsync(learnerId, scope, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rules = LearnerSettingsService.ToRules(await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken));
        var next = await db.CardProgress.Schedulable(db, learnerId).InScope(scope, task)
            .Where(p => p.State == CardState.Learning || p.State == CardState.Relearning)
            .OrderBy(p => p.Due).Select(p => (DateTimeOffset?)p.Due).FirstOrDefaultAsync(cancellationToken);
        return next is { } due ? rules.WakeAt(due, time.GetUtcNow()) : null;
    }

    /// <summary>
    /// How many cards wait in <paramref name="scope"/> now: review cards due and not buried, new cards left today, and
    /// learning cards due within the learn-ahead limit.
    /// </summary>
    public async Task<QueueCounts> CountsAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
        => await CountsAsync(learnerId, scope, custom: null, cancellationToken);

    /// <summary>How many cards wait in <paramref name="scope"/>, or in a custom session on it.</summary>
    public async Task<QueueCounts> CountsAsync(int learnerId, StudyScope scope, CustomSession? custom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (custom is { } mode)
        {
            return await CustomCountsAsync(learnerId, scope, mode, cancellationToken);
        }

        var now = time.GetUtcNow();
        var task = await placements.SectionsAsync(learnerId, scope, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        var rules = LearnerSettingsService.ToRules(settings);
        var today = SiblingQueries.BuriedIds(db, learnerId, now);
        var horizon = rules.LearnAheadHorizon(now);
        var dueByState = await db.CardProgress.Schedulable(db, learnerId).InScope(scope, task).NotBuried(today, rules)
            .Where(p => p.Due <= now || ((p.State == CardState.Learning || p.State == CardState.Relearning) && p.Due <= horizon))
            // One row of counts, not a GROUP BY State: grouped, SQLite would walk the statistics index (ordered by
            // state) through every progress row instead of the due index's range (13 ms against 320 ms at 120k rows).
            .GroupBy(p => 1)
            .Select(g => new { Review = g.Count(p => p.State == CardState.Review), Learning = g.Count(p => p.State != CardState.Review) })
            .FirstOrDefaultAsync(cancellationToken);
        var left = await NewLeftTodayAsync(db, learnerId, settings, cancellationToken);
        var fresh = 0;
        if (left > 0)
        {
            var generation = cursors.Generation;
            var importRun = await db.ImportRuns.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
            var cards = NewCards(db, learnerId, scope, task, cursors.Find(learnerId, scope, importRun), today, rules);
            var limits = await LearnerSettingsService.LimitsAsync(db, learnerId, cancellationToken);
            if (limits.Any)
            {
                fresh = await AllowedNewAsync(cards, db, learnerId, limits, left, cancellationToken);
            }
            else
            {
                var first = await cards.Select(c => new { c.NoteId, c.Position }).Take(left).ToListAsync(cancellationToken);
                await RememberFirstNewAsync(db, learnerId, scope, task, rules, first.Count == 0 ? null : (first[0].NoteId ?? 0, first[0].Position), generation, importRun, cancellationToken);
                fresh = first.Count;
            }
        }

        return new QueueCounts(dueByState?.Review ?? 0, fresh, dueByState?.Learning ?? 0);
    }

    // The cursor marks where the first new card not yet introduced is. A buried card is one of them, so with burying on
    // the cursor goes to the first new card buried or not (one more indexed read), never past a card that comes back tomorrow.
    private async Task RememberFirstNewAsync(StudyDbContext db, int learnerId, StudyScope scope, TaskSections? task, QueueRules rules,
        (int NoteId, int Position)? firstShown, int generation, int importRun, CancellationToken cancellationToken)
    {
        // Only note order walks forward through (NoteId, Position); the other orders start from the top each time.
        if (rules.NewOrder != NewCardOrder.ByNote)
        {
            return;
        }

        var first = firstShown;
        if (rules.BurySiblings)
        {
            var any = await NewCards(db, learnerId, scope, task, cursors.Find(learnerId, scope, importRun), db.Cards.Where(_ => false).Select(c => c.Id), rules with { BurySiblings = false })
                .Select(c => new { c.NoteId, c.Position }).FirstOrDefaultAsync(cancellationToken);
            first = any is null ? null : (any.NoteId ?? 0, any.Position);
        }

        cursors.Remember(learnerId, scope, generation, first, importRun);
    }

    private static IQueryable<QueueRow> Rows(IQueryable<CardProgress> progress) =>
        progress.OrderBy(p => p.Due).ThenBy(p => p.CardId)
            .Select(p => new QueueRow(p.CardId, p.Card!.Kind, p.Card.Front, p.Card.Back, p.Card.NoteSlug, p.Card.Note!.Title,
                p.Card.SectionAnchor, p.Card.SectionPathText, p.State, p.Step, p.Stability, p.Difficulty, p.Due, p.LastReview, p.Reps));

    private IQueryable<Data.Card> NewCards(StudyDbContext db, int learnerId, StudyScope scope, TaskSections? task, NewCardCursor? from,
        IQueryable<int> buried, QueueRules rules)
    {
        var hidden = ScopeQueries.HiddenCardIds(db, learnerId);
        var cards = db.Cards.Where(c => c.RetiredAt == null && !db.CardProgress.Any(p => p.LearnerId == learnerId && p.CardId == c.Id) && !hidden.Contains(c.Id));
        if (from is not null && rules.NewOrder == NewCardOrder.ByNote)
        {
            // The first conjunct is a range seek on (NoteId, Position); the second trims the first note.
            cards = cards.Where(c => c.NoteId >= from.NoteId && (c.NoteId > from.NoteId || c.Position >= from.Position));
        }

        cards = cards.InScope(scope, task).NotBuried(buried, rules);
        switch (rules.NewOrder)
        {
            case NewCardOrder.Interleaved:
                // The first card of each note, then the second of each, …: Position is the card's place in its note.
                return cards.OrderBy(c => c.Position).ThenBy(c => c.NoteId).ThenBy(c => c.Id);
            case NewCardOrder.Random:
                // One shuffle per local day, computed in SQL so that any query of the day agrees on the next card.
                var seed = NewCardShuffle.Seed(LocalDays.Today(time));
                return cards.OrderBy(c => ((c.Id * NewCardShuffle.Multiplier) + seed) % NewCardShuffle.Modulus).ThenBy(c => c.Id);
            default:
                return cards.OrderBy(c => c.NoteId).ThenBy(c => c.Position).ThenBy(c => c.Id);
        }
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

    // The learner's own wording of the card, when they edited it (one primary-key read).
    private static async Task<QueueRow> WithEditAsync(StudyDbContext db, int learnerId, QueueRow row, CancellationToken cancellationToken)
    {
        var edit = await db.CardEdits.AsNoTracking().SingleOrDefaultAsync(e => e.LearnerId == learnerId && e.CardId == row.CardId, cancellationToken);
        return edit is null ? row : row with { Text = CardEdits.Apply(row.CardId, row.Front, row.Back, edit) };
    }

    private ReviewCard ToReviewCard(QueueRow row, bool isNew, LearnerSettings settings, DateTimeOffset now)
    {
        var state = new SchedulingState(row.State, row.Step, row.Stability, row.Difficulty, row.Due, row.LastReview);
        var preview = new ReviewScheduler(LearnerSettingsService.ToParameters(settings), time).Preview(state, now);
        var text = row.Text ?? CardText.Generated(row.CardId, row.Front, row.Back);
        return new ReviewCard(row.CardId, row.Kind, text.Front, text.Back, row.NoteSlug, row.NoteTitle, row.SectionAnchor, row.SectionPathText,
            state, isNew, preview.ToDictionary(p => p.Key, p => IntervalLabel.Format(p.Value.Interval)))
        {
            Version = row.Reps,
            IsEdited = text.IsEdited,
            EditNeedsCheck = text.NeedsCheck,
        };
    }

    private sealed record QueueRow(
        int CardId, Core.Flashcards.CardKind Kind, string Front, string Back, string NoteSlug, string? NoteTitle, string SectionAnchor,
        string SectionPathText, CardState State, int? Step, double? Stability, double? Difficulty, DateTimeOffset Due, DateTimeOffset? LastReview, int Reps)
    {
        public CardText? Text { get; init; }
    }
}
