using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Custom study (<see cref="CustomStudy"/>): review ahead, today's lapses, the sections quizzes missed, the browser's selection.</summary>
public sealed partial class ReviewQueue
{
    private const int AgainRating = (int)Rating.Again;

    private async Task<ReviewCard?> NextCustomAsync(int learnerId, StudyScope scope, CustomSession custom, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = await placements.SectionsAsync(learnerId, scope, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        var row = await CustomRows(db, learnerId, scope, task, custom, now)
            .Select(r => new QueueRow(r.Card.Id, r.Card.Kind, r.Card.Front, r.Card.Back, r.Card.NoteSlug, r.Card.Note!.Title, r.Card.SectionAnchor,
                r.Card.SectionPathText, r.State, r.Step, r.Stability, r.Difficulty, r.Due, r.LastReview, r.Reps))
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToReviewCard(await WithEditAsync(db, learnerId, row, cancellationToken), isNew: row.State == CardState.New, settings, now);
    }

    private async Task<QueueCounts> CustomCountsAsync(int learnerId, StudyScope scope, CustomSession custom, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var task = await placements.SectionsAsync(learnerId, scope, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var states = await CustomRows(db, learnerId, scope, task, custom, now).GroupBy(r => r.State)
            .Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new QueueCounts(
            states.Where(s => s.State == CardState.Review).Sum(s => s.Count),
            states.Where(s => s.State == CardState.New).Sum(s => s.Count),
            states.Where(s => s.State is CardState.Learning or CardState.Relearning).Sum(s => s.Count));
    }

    // The session's cards, next first: active, not suspended, not reported, in scope, and what the mode asks for.
    private IQueryable<CustomRow> CustomRows(StudyDbContext db, int learnerId, StudyScope scope, TaskSections? task, CustomSession custom, DateTimeOffset now)
    {
        var hidden = ScopeQueries.HiddenCardIds(db, learnerId);
        var startOfDay = LocalDays.StartOf(LocalDays.Today(time), time);
        var todayLogs = db.ReviewLogs.Where(l => l.LearnerId == learnerId && l.ReviewedAt >= startOfDay);
        var cards = db.Cards.Where(c => c.RetiredAt == null && !hidden.Contains(c.Id)).InScope(scope, task);
        var rows =
            from c in cards
            join p in db.CardProgress.Where(p => p.LearnerId == learnerId) on c.Id equals p.CardId into joined
            from p in joined.DefaultIfEmpty()
            where p == null || !p.IsSuspended
            select new { c, p };
        switch (custom.Kind)
        {
            case CustomStudy.Ahead:
                var until = now.AddDays(CustomStudyRules.AheadDays);
                rows = rows.Where(r => r.p != null && r.p.State == CardState.Review && r.p.Due > now && r.p.Due <= until)
                    .OrderBy(r => r.p!.Due).ThenBy(r => r.c.Id);
                break;
            case CustomStudy.Lapses:
                // Last answered Again today: once answered otherwise, the card leaves the session.
                rows = rows.Where(r => r.p != null
                        && todayLogs.Where(l => l.CardId == r.c.Id).OrderByDescending(l => l.ReviewedAt).ThenByDescending(l => l.Id)
                            .Select(l => l.Rating).FirstOrDefault() == AgainRating)
                    .OrderBy(r => r.p!.Due).ThenBy(r => r.c.Id);
                break;
            case CustomStudy.Selected:
                // The browser's search and filters, due or not, soonest due first; once answered today a card waits
                // until a learning step makes it due again.
                var selected = CardFilters.Apply(db.Cards, db, learnerId, custom.Selection ?? CardListFilter.All).Select(c => c.Id);
                rows = rows.Where(r => selected.Contains(r.c.Id)
                        && (!todayLogs.Any(l => l.CardId == r.c.Id) || (r.p != null && r.p.State != CardState.Review && r.p.Due <= now)))
                    .OrderBy(r => r.p == null ? now : r.p.Due).ThenBy(r => r.c.NoteSlug).ThenBy(r => r.c.Position).ThenBy(r => r.c.Id);
                break;
            default:
                var since = now.AddDays(-CustomStudyRules.MissedWithinDays);
                var missed = db.QuizAttemptQuestions
                    .Where(q => q.IsCorrect == false && q.AnsweredAt >= since && q.Attempt!.LearnerId == learnerId)
                    .Select(q => q.NoteSlug + "\u001f" + q.SectionAnchor);
                rows = rows.Where(r => missed.Contains(r.c.NoteSlug + "\u001f" + r.c.SectionAnchor) && !todayLogs.Any(l => l.CardId == r.c.Id))
                    .OrderBy(r => r.c.NoteId).ThenBy(r => r.c.Position).ThenBy(r => r.c.Id);
                break;
        }

        return rows.Select(r => new CustomRow
        {
            Card = r.c,
            State = r.p == null ? CardState.New : r.p.State,
            Step = r.p == null ? 0 : r.p.Step,
            Stability = r.p == null ? null : r.p.Stability,
            Difficulty = r.p == null ? null : r.p.Difficulty,
            Due = r.p == null ? now : r.p.Due,
            LastReview = r.p == null ? null : r.p.LastReview,
            Reps = r.p == null ? 0 : r.p.Reps,
        });
    }

    // A card of the session with the learner's progress on it (none yet: New, due now).
    private sealed class CustomRow
    {
        public required Card Card { get; init; }

        public CardState State { get; init; }

        public int? Step { get; init; }

        public double? Stability { get; init; }

        public double? Difficulty { get; init; }

        public DateTimeOffset Due { get; init; }

        public DateTimeOffset? LastReview { get; init; }

        public int Reps { get; init; }
    }
}
