using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// Quiz attempts once started: read, answered, flagged and ended. Every answer and flag is its own short transaction,
/// so a refresh or a dropped connection loses nothing; the exam's deadline is kept on the server, which submits an
/// attempt found past it.
/// </summary>
public sealed class QuizAttempts(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time) : IDisposable
{
    // Answers, flags and submits are read-modify-write on one attempt: one at a time.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>
    /// The attempt with its questions and answers, or null when it is not this learner's. An exam found past its
    /// deadline is submitted first: the server's clock decides, whatever the page's timer showed.
    /// </summary>
    public async Task<QuizAttemptView?> GetAsync(int learnerId, int attemptId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var attempt = await LoadAsync(db, learnerId, attemptId, cancellationToken);
        if (attempt is null)
        {
            return null;
        }

        if (IsOverdue(attempt))
        {
            await SubmitAsync(learnerId, attemptId, cancellationToken);
            return await GetAsync(learnerId, attemptId, cancellationToken);
        }

        return ToView(attempt);
    }

    /// <summary>
    /// Stores <paramref name="answer"/> to the question at <paramref name="position"/>. Practice questions are answered
    /// once (the feedback has been seen); exam answers can change until submit. A wrong practice answer makes the cards
    /// of its section due now. Returns the attempt as it is afterwards (ended once every practice question is answered),
    /// or null when the attempt is not open to answers any more.
    /// </summary>
    public async Task<QuizAttemptView?> AnswerAsync(int learnerId, int attemptId, int position, QuizAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var attempt = await LoadAsync(db, learnerId, attemptId, cancellationToken, tracking: true);
            var row = attempt?.Questions.SingleOrDefault(q => q.Position == position);
            if (attempt is null || row is null || attempt.EndedAt is not null || IsOverdue(attempt)
                || (attempt.Mode == QuizMode.Practice && row.IsCorrect is not null))
            {
                return null;
            }

            // One commit for the answer and the cards it makes due: atomic, and one fsync instead of two.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var question = QuizJson.Question(row.QuestionJson);
            var correct = question.Kind == QuestionKind.Cloze
                ? QuizScoring.IsCorrect(question, answer.Typed ?? "")
                : QuizScoring.IsCorrect(question, answer.Chosen);
            row.ChosenJson = question.Kind == QuestionKind.Cloze ? null : QuizJson.Serialize(answer.Chosen);
            row.TypedAnswer = question.Kind == QuestionKind.Cloze ? answer.Typed ?? "" : null;
            (row.IsCorrect, row.AnsweredAt) = (correct, now);
            if (attempt.Mode == QuizMode.Practice)
            {
                if (!correct)
                {
                    await MistakeCards.MakeDueAsync(db, learnerId, [(row.NoteSlug, row.SectionAnchor)], now, cancellationToken);
                }

                if (attempt.Questions.All(q => q.IsCorrect is not null))
                {
                    End(attempt, now, auto: false);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return ToView(attempt);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Flags (or unflags) an exam question for review; false when the attempt is closed.</summary>
    public async Task<bool> FlagAsync(int learnerId, int attemptId, int position, bool flagged, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.QuizAttemptQuestions
            .Where(q => q.AttemptId == attemptId && q.Position == position && q.Attempt!.LearnerId == learnerId
                && q.Attempt.EndedAt == null && (q.Attempt.Deadline == null || q.Attempt.Deadline > now))
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.IsFlagged, flagged), cancellationToken) == 1;
    }

    /// <summary>
    /// Ends the attempt and scores it (unanswered questions count as wrong); the cards of every wrongly answered section
    /// become due. An exam submitted after its deadline is marked as submitted by the clock. Ending twice changes nothing.
    /// </summary>
    public async Task<QuizAttemptView?> SubmitAsync(int learnerId, int attemptId, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var attempt = await LoadAsync(db, learnerId, attemptId, cancellationToken, tracking: true);
            if (attempt is null)
            {
                return null;
            }

            if (attempt.EndedAt is null)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var overdue = IsOverdue(attempt);
                End(attempt, overdue ? attempt.Deadline!.Value : now, auto: overdue);
                if (attempt.Mode == QuizMode.Exam)
                {
                    var wrong = attempt.Questions.Where(q => q.IsCorrect == false).Select(q => (q.NoteSlug, q.SectionAnchor));
                    await MistakeCards.MakeDueAsync(db, learnerId, wrong, now, cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return ToView(attempt);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The learner's unfinished exam (the newest), to offer a resume link; null when none is open.</summary>
    public async Task<int?> FindOpenExamAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.LearnerId == learnerId && a.Mode == QuizMode.Exam && a.EndedAt == null)
            .OrderByDescending(a => a.StartedAt)
            .Select(a => new { a.Id, a.Deadline })
            .FirstOrDefaultAsync(cancellationToken);
        return open is not null && open.Deadline > now ? open.Id : null;
    }

    public void Dispose() => _writeGate.Dispose();

    private bool IsOverdue(QuizAttempt attempt) =>
        attempt.EndedAt is null && attempt.Deadline is { } deadline && time.GetUtcNow() >= deadline;

    private static void End(QuizAttempt attempt, DateTimeOffset at, bool auto)
    {
        attempt.EndedAt = at;
        attempt.AutoSubmitted = auto;
        attempt.CorrectCount = attempt.Questions.Count(q => q.IsCorrect == true);
        attempt.Score = attempt.QuestionCount == 0 ? null : QuizScoring.ScaledScore(attempt.CorrectCount, attempt.QuestionCount);
    }

    private static async Task<QuizAttempt?> LoadAsync(StudyDbContext db, int learnerId, int attemptId, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = db.QuizAttempts.Include(a => a.Questions).Where(a => a.Id == attemptId && a.LearnerId == learnerId);
        return await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
    }

    private QuizAttemptView ToView(QuizAttempt attempt)
    {
        var questions = attempt.Questions.OrderBy(q => q.Position).Select(q => new AttemptQuestionView(
            q.Position,
            QuizJson.Question(q.QuestionJson),
            q.ChosenJson is not null ? new QuizAnswer(QuizJson.Chosen(q.ChosenJson)) : q.TypedAnswer is not null ? QuizAnswer.Text(q.TypedAnswer) : null,
            q.IsCorrect,
            q.IsFlagged)).ToList();
        TimeSpan? left = attempt.Deadline is { } deadline && attempt.EndedAt is null
            ? (deadline - time.GetUtcNow()) is var l && l > TimeSpan.Zero ? l : TimeSpan.Zero
            : null;
        return new QuizAttemptView(attempt.Id, attempt.Mode, attempt.ScopeLabel, attempt.StartedAt, attempt.Deadline, attempt.EndedAt,
            attempt.AutoSubmitted, attempt.Score, attempt.CorrectCount, attempt.Shortfall, questions, left);
    }
}
