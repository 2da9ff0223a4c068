using AifStudy.Core.Exam;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Exam;

/// <summary>
/// A learner's readiness (<see cref="Readiness"/>): their recent quiz and exam answers and their reviewed cards, each
/// counted under the task statement its section is placed in now (<see cref="ExamPlacements"/>, so a correction moves
/// past answers too).
/// </summary>
public sealed class ReadinessService(IDbContextFactory<StudyDbContext> dbFactory, ExamPlacements placements, Quizzes.QuestionPool pool, TimeProvider time)
{
    /// <summary>Answers older than this are not counted: what a learner knew months ago says little of today.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(90);

    /// <summary>At most this many answers per task statement, newest first, so one much-drilled topic does not drown the rest.</summary>
    public const int MaxAnswersPerTask = 50;

    /// <summary>The estimate, and how many questions and active cards each task statement has to study it from.</summary>
    public async Task<(ReadinessEstimate Estimate, IReadOnlyDictionary<string, (int Questions, int Cards)> Material)> GetWithMaterialAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var map = await placements.GetAsync(learnerId, cancellationToken);
        var questions = (await pool.GetTaskScopesAsync(map.Corrected.Count > 0 ? map : null, cancellationToken)).ToDictionary(o => o.Scope.TaskId!, o => o.QuestionCount, StringComparer.Ordinal);
        List<(string NoteSlug, string SectionAnchor)> active;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            active = [.. (await db.Cards.AsNoTracking().Where(c => c.RetiredAt == null).Select(c => new { c.NoteSlug, c.SectionAnchor }).ToListAsync(cancellationToken))
                .Select(c => (c.NoteSlug, c.SectionAnchor))];
        }

        var cards = active.Select(c => map.Of(c.NoteSlug, c.SectionAnchor)?.TaskId).OfType<string>().CountBy(t => t).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var material = ExamGuide.TaskStatements.ToDictionary(t => t.Id, t => (questions.GetValueOrDefault(t.Id), cards.GetValueOrDefault(t.Id)), StringComparer.Ordinal);
        return (await EstimateAsync(learnerId, map, t => material[t] is (> 0, _) or (_, > 0), cancellationToken), material);
    }

    private async Task<ReadinessEstimate> EstimateAsync(int learnerId, PlacementMap map, Func<string, bool> hasMaterial, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = now - Recent;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answers = await db.QuizAttemptQuestions.AsNoTracking()
            // A practice answer counts when given; an exam answer once the exam is submitted.
            .Where(q => q.Attempt!.LearnerId == learnerId && q.IsCorrect != null && q.AnsweredAt >= since
                && (q.Attempt.Mode == QuizMode.Practice || q.Attempt.EndedAt != null))
            .Select(q => new { q.NoteSlug, q.SectionAnchor, Correct = q.IsCorrect == true, q.AnsweredAt, q.Id })
            .ToListAsync(cancellationToken);
        var cards = await db.CardProgress.AsNoTracking().Schedulable(db, learnerId)
            .Where(p => p.LastReview != null && p.Stability != null)
            .Select(p => new { p.Card!.NoteSlug, p.Card.SectionAnchor, p.State, p.Step, p.Stability, p.Difficulty, p.Due, p.LastReview })
            .ToListAsync(cancellationToken);
        var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
        var scheduler = new ReviewScheduler(LearnerSettingsService.ToParameters(settings), time);

        var answersByTask = answers
            .Select(a => (Task: map.Of(a.NoteSlug, a.SectionAnchor)?.TaskId, a.Correct, a.AnsweredAt, a.Id))
            .Where(a => a.Task is not null)
            .GroupBy(a => a.Task!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.AnsweredAt).ThenByDescending(a => a.Id).Take(MaxAnswersPerTask).ToList(), StringComparer.Ordinal);
        var cardsByTask = cards
            .Select(c => (Task: map.Of(c.NoteSlug, c.SectionAnchor)?.TaskId,
                R: scheduler.Retrievability(new SchedulingState(c.State, c.Step, c.Stability, c.Difficulty, c.Due, c.LastReview), now)))
            .Where(c => c.Task is not null)
            .ToLookup(c => c.Task!, c => c.R, StringComparer.Ordinal);
        return Readiness.Estimate(ExamGuide.TaskStatements.Select(t =>
        {
            var mine = answersByTask.GetValueOrDefault(t.Id) ?? [];
            return new TaskEvidence(t.Id, mine.Count, mine.Count(a => a.Correct), [.. cardsByTask[t.Id]], hasMaterial(t.Id));
        }));
    }
}
