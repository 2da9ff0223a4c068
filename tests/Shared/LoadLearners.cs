using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Tests.Shared;

/// <summary>Adds simulated learners (ids 2..) to a portal's database, each allowed as many new cards a day as it can take.</summary>
internal static class LoadLearners
{
    public static async Task<IReadOnlyList<int>> AddAsync(string connectionString, int count)
    {
        var options = new DbContextOptionsBuilder<StudyDbContext>().UseSqlite(connectionString).Options;
        await using var db = new StudyDbContext(options);
        var first = await db.Learners.MaxAsync(l => l.Id) + 1;
        var ids = Enumerable.Range(first, count).ToList();
        foreach (var id in ids)
        {
            db.Learners.Add(new Learner { Id = id, Name = $"Simulated learner {id}", CreatedAt = DateTimeOffset.UtcNow });
            db.LearnerSettings.Add(new LearnerSettings { LearnerId = id, NewCardsPerDay = 100_000 });
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>Every review log row's id, learner and card.</summary>
    public static async Task<IReadOnlyList<(long Id, int LearnerId, int CardId)>> ReviewLogsAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<StudyDbContext>().UseSqlite(connectionString).Options;
        await using var db = new StudyDbContext(options);
        var rows = await db.ReviewLogs.Select(l => new { l.Id, l.LearnerId, l.CardId }).ToListAsync();
        return [.. rows.Select(r => (r.Id, r.LearnerId, r.CardId))];
    }

    /// <summary>Every answered question of the quiz attempts of <paramref name="learnerIds"/>: (attempt, position, whether it was right).</summary>
    public static async Task<IReadOnlyList<(int AttemptId, int Position, bool Correct)>> QuizAnswersAsync(string connectionString, IReadOnlyCollection<int> learnerIds)
    {
        var options = new DbContextOptionsBuilder<StudyDbContext>().UseSqlite(connectionString).Options;
        await using var db = new StudyDbContext(options);
        var rows = await db.QuizAttemptQuestions
            .Where(q => learnerIds.Contains(q.Attempt!.LearnerId) && q.AnsweredAt != null)
            .Select(q => new { q.AttemptId, q.Position, q.IsCorrect })
            .ToListAsync();
        return [.. rows.Select(r => (r.AttemptId, r.Position, r.IsCorrect == true))];
    }
}
