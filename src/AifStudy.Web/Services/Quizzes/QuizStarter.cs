using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Starts quiz attempts: a practice quiz over a scope, an exam simulation, or a retry of the learner's mistakes, never
/// with a question the learner reported (<see cref="ItemReports"/>). The questions drawn are stored with the attempt (<see cref="QuizAttempt"/>), which <see cref="QuizAttempts"/> then answers
/// and ends.
/// </summary>
public sealed class QuizStarter(IDbContextFactory<StudyDbContext> dbFactory, QuestionPool pool, ItemReports reports, ExamPlacements placements, TimeProvider time)
{
    public const int ExamQuestionCount = 65;

    public static readonly TimeSpan ExamDuration = TimeSpan.FromMinutes(90);

    /// <summary>Kinds an exam asks: the five AIF-C01 item types (no typed answers on the real exam).</summary>
    public static IReadOnlySet<QuestionKind> ExamKinds { get; } =
        new HashSet<QuestionKind> { QuestionKind.MultipleChoice, QuestionKind.MultipleResponse, QuestionKind.Ordering, QuestionKind.Matching, QuestionKind.TrueFalse };

    public async Task<QuizStart> StartPracticeAsync(int learnerId, QuizSetup setup, string scopeLabel, int? seed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(setup.Count);
        var s = seed ?? Random.Shared.Next();
        var reported = await reports.ReportedQuestionKeysAsync(learnerId, cancellationToken);
        var placed = await placements.ForDrawAsync(learnerId, cancellationToken);
        var picked = await pool.DrawAsync(setup.Scope, setup.Kinds, setup.Count, s, reported, placed, cancellationToken);
        var shortfall = picked.Count < setup.Count
            ? picked.Count == 0 ? "This scope has no questions of the kinds chosen." : $"This scope has {picked.Count} question{(picked.Count == 1 ? "" : "s")} of the kinds chosen, fewer than the {setup.Count} asked for."
            : null;
        return await CreateAsync(learnerId, QuizMode.Practice, setup.Scope, scopeLabel, s, picked, shortfall, cancellationToken);
    }

    /// <summary>An exam simulation of up to <see cref="ExamQuestionCount"/> questions drawn by domain weight, due in <see cref="ExamDuration"/>.</summary>
    public async Task<QuizStart> StartExamAsync(int learnerId, int? seed = null, CancellationToken cancellationToken = default)
    {
        var s = seed ?? Random.Shared.Next();
        var reported = await reports.ReportedQuestionKeysAsync(learnerId, cancellationToken);
        var placed = await placements.ForDrawAsync(learnerId, cancellationToken);
        var draw = await pool.DrawExamAsync(ExamKinds, ExamQuestionCount, s, reported, placed, cancellationToken);
        string? shortfall = null;
        if (draw.Questions.Count < ExamQuestionCount)
        {
            var parts = draw.Shortfalls.Select(d => $"domain {d.Domain} supplies {d.Available} of {d.Wanted}");
            shortfall = draw.Questions.Count == 0
                ? "The notes do not supply any exam questions yet."
                : $"The notes supply {draw.Questions.Count} of {ExamQuestionCount} questions: {string.Join(", ", parts)}.";
        }

        return await CreateAsync(learnerId, QuizMode.Exam, StudyScope.All, "AIF-C01 exam simulation", s, draw.Questions, shortfall, cancellationToken);
    }

    /// <summary>A practice quiz of the questions whose latest answer was wrong, reworded by a fresh seed where the notes still ask them.</summary>
    public async Task<QuizStart> StartRetryAsync(int learnerId, int count, int? seed = null, CancellationToken cancellationToken = default)
    {
        var s = seed ?? Random.Shared.Next();
        var reported = await reports.ReportedQuestionKeysAsync(learnerId, cancellationToken);
        var mistakes = (await MistakesAsync(learnerId, cancellationToken)).Where(m => !reported.Contains(m.Key)).ToList();
        // A question key names its note, so the notes of the mistakes are all that can reword them.
        var current = (await pool.GenerateAsync([.. mistakes.Select(m => m.NoteSlug).Distinct(StringComparer.Ordinal)], s, cancellationToken))
            .ToDictionary(q => q.Key, StringComparer.Ordinal);
        var questions = mistakes.Select(m => current.GetValueOrDefault(m.Key) ?? m).ToList();
        var picked = QuizSelection.Pick(questions, count, s);
        return await CreateAsync(learnerId, QuizMode.Practice, StudyScope.All, "Retry my mistakes", s, picked, null, cancellationToken);
    }

    /// <summary>How many questions "retry my mistakes" would draw from.</summary>
    public async Task<int> CountMistakesAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var reported = await reports.ReportedQuestionKeysAsync(learnerId, cancellationToken);
        return (await MistakesAsync(learnerId, cancellationToken)).Count(m => !reported.Contains(m.Key));
    }

    private async Task<QuizStart> CreateAsync(
        int learnerId, QuizMode mode, StudyScope scope, string label, int seed, IReadOnlyList<QuizQuestion> questions, string? shortfall, CancellationToken cancellationToken)
    {
        if (questions.Count == 0)
        {
            return new QuizStart(0, 0, shortfall ?? "There are no questions to ask here.");
        }

        var now = time.GetUtcNow();
        var attempt = new QuizAttempt
        {
            LearnerId = learnerId,
            Mode = mode,
            ScopeDomain = scope.Domain,
            ScopeNoteSlug = scope.NoteSlug,
            ScopeSectionAnchor = scope.SectionAnchor,
            ScopeTaskId = scope.TaskId,
            ScopeLabel = label,
            Seed = seed,
            StartedAt = now,
            Deadline = mode == QuizMode.Exam ? now + ExamDuration : null,
            QuestionCount = questions.Count,
            Shortfall = shortfall,
            Questions = [.. questions.Select((q, i) => new QuizAttemptQuestion
            {
                Position = i,
                QuestionKey = q.Key,
                Kind = q.Kind,
                Domain = q.Domain,
                NoteSlug = q.NoteSlug,
                SectionAnchor = q.SectionAnchor,
                QuestionJson = QuizJson.Serialize(q),
            })],
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.QuizAttempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return new QuizStart(attempt.Id, questions.Count, shortfall);
    }

    // The latest answer to each question key, when it was wrong; the newest snapshot is the fallback question.
    private async Task<List<QuizQuestion>> MistakesAsync(int learnerId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var answered = await db.QuizAttemptQuestions.AsNoTracking()
            // A practice answer is final when given; an exam answer only once the exam is submitted.
            .Where(q => q.Attempt!.LearnerId == learnerId && q.IsCorrect != null && (q.Attempt.Mode == QuizMode.Practice || q.Attempt.EndedAt != null))
            .Select(q => new { q.QuestionKey, q.IsCorrect, q.AnsweredAt, q.Id, q.QuestionJson })
            .ToListAsync(cancellationToken);
        return [.. answered.GroupBy(q => q.QuestionKey)
            .Select(g => g.OrderByDescending(q => q.AnsweredAt).ThenByDescending(q => q.Id).First())
            .Where(q => q.IsCorrect == false)
            .Select(q => QuizJson.Question(q.QuestionJson))];
    }
}
