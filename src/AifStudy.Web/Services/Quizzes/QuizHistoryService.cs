using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>A learner's past attempts, their score trend and the latest result per domain.</summary>
public sealed class QuizHistoryService(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>Every attempt with questions, newest first.</summary>
    public async Task<IReadOnlyList<AttemptSummary>> ListAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId)
            .OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.Id)
            .Select(a => new AttemptSummary(a.Id, a.Mode, a.ScopeLabel, a.StartedAt, a.EndedAt, a.Score, a.CorrectCount, a.QuestionCount, a.AutoSubmitted))
            .ToListAsync(cancellationToken);
        return rows;
    }

    /// <summary>Scores of finished attempts over time and, per domain, the result of the latest finished attempt that asked about it.</summary>
    public async Task<QuizTrend> GetTrendAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var scores = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.EndedAt != null && a.Score != null)
            .OrderBy(a => a.EndedAt).ThenBy(a => a.Id)
            .Select(a => new ScorePoint(a.Id, a.EndedAt!.Value, a.Mode, a.Score!.Value))
            .ToListAsync(cancellationToken);
        var byDomain = await db.QuizAttemptQuestions.AsNoTracking()
            .Where(q => q.Attempt!.LearnerId == learnerId && q.Attempt.EndedAt != null && q.Domain != null)
            .GroupBy(q => new { q.AttemptId, Domain = q.Domain!.Value })
            .Select(g => new { g.Key.AttemptId, g.Key.Domain, Correct = g.Count(q => q.IsCorrect == true), Total = g.Count() })
            .ToListAsync(cancellationToken);
        var ended = scores.ToDictionary(s => s.AttemptId, s => s.At);
        var last = byDomain.Where(d => ended.ContainsKey(d.AttemptId))
            .GroupBy(d => d.Domain)
            .Select(g => g.OrderByDescending(d => ended[d.AttemptId]).ThenByDescending(d => d.AttemptId).First())
            .OrderBy(d => d.Domain)
            .Select(d => new DomainScore(d.Domain, ended[d.AttemptId], d.Correct, d.Total, QuizScoring.ScaledScore(d.Correct, d.Total)))
            .ToList();
        return new QuizTrend(scores, last);
    }
}
