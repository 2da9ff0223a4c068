using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Feedback;

/// <summary>
/// Cards and questions a learner reported as a problem: reporting hides the item for that learner at once (the review
/// queue, the deck browser and quiz draws leave it out), restoring brings it back. Each call is its own short write.
/// </summary>
public sealed class ItemReports(IDbContextFactory<StudyDbContext> dbFactory, NewCardCursors cursors, TimeProvider time)
{
    public const int MaxCommentLength = 1000;

    /// <summary>Hides a card for the learner; returns its front as reported (the generated one), or null when there is no such card.</summary>
    public async Task<string?> ReportCardAsync(int learnerId, int cardId, ReportReason reason, string? comment = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = await db.Cards.AsNoTracking().Where(c => c.Id == cardId)
            .Select(c => new { c.Key, c.NoteSlug, c.SectionAnchor, c.Front }).SingleOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return null;
        }

        // By id first: the card may have taken a new key since it was last reported.
        var report = await db.ItemReports.FirstOrDefaultAsync(r => r.LearnerId == learnerId && r.Kind == ReportedItemKind.Card && r.CardId == cardId, cancellationToken)
            ?? await db.ItemReports.FirstOrDefaultAsync(r => r.LearnerId == learnerId && r.Kind == ReportedItemKind.Card && r.ItemKey == card.Key, cancellationToken);
        if (report is null)
        {
            report = new ItemReport { Kind = ReportedItemKind.Card, LearnerId = learnerId, ItemKey = card.Key, NoteSlug = card.NoteSlug, SectionAnchor = card.SectionAnchor, Label = card.Front };
            db.ItemReports.Add(report);
        }

        report.CardId = cardId;
        Open(report, card.Front, reason, comment);
        await db.SaveChangesAsync(cancellationToken);
        return card.Front;
    }

    /// <summary>Hides a question for the learner: no quiz or exam started afterwards draws it.</summary>
    public async Task ReportQuestionAsync(int learnerId, QuizQuestion question, ReportReason reason, string? comment = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.ItemReports.FirstOrDefaultAsync(
            r => r.LearnerId == learnerId && r.Kind == ReportedItemKind.Question && r.ItemKey == question.Key, cancellationToken);
        if (report is null)
        {
            report = new ItemReport { Kind = ReportedItemKind.Question, LearnerId = learnerId, ItemKey = question.Key, NoteSlug = question.NoteSlug, SectionAnchor = question.SectionAnchor, Label = question.Prompt };
            db.ItemReports.Add(report);
        }

        Open(report, question.Prompt, reason, comment);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Shows a reported item again. False when the learner has no such open report.</summary>
    public async Task<bool> RestoreAsync(int learnerId, int reportId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var report = await db.ItemReports.SingleOrDefaultAsync(r => r.Id == reportId && r.LearnerId == learnerId && r.RestoredAt == null, cancellationToken);
        if (report is null)
        {
            return false;
        }

        report.RestoredAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        if (report.Kind == ReportedItemKind.Card)
        {
            // A new card restored may sit before where the queue remembers new cards to start.
            cursors.Forget();
        }

        return true;
    }

    /// <summary>The learner's hidden items, newest first.</summary>
    public async Task<IReadOnlyList<ReportedItem>> ListAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.ItemReports.AsNoTracking().Where(r => r.LearnerId == learnerId && r.RestoredAt == null)
                .Select(r => new ReportedItem(r.Id, r.Kind, r.Label, r.NoteSlug, r.SectionAnchor, r.Reason, r.Comment, r.ReportedAt))
                .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).ToList();
    }

    /// <summary>The keys of the questions the learner has hidden, for quiz draws.</summary>
    public async Task<IReadOnlySet<string>> ReportedQuestionKeysAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.ItemReports.AsNoTracking()
                .Where(r => r.LearnerId == learnerId && r.Kind == ReportedItemKind.Question && r.RestoredAt == null)
                .Select(r => r.ItemKey).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }

    private void Open(ItemReport report, string label, ReportReason reason, string? comment)
    {
        report.Label = label;
        report.Reason = reason;
        var trimmed = comment?.Trim();
        report.Comment = string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, MaxCommentLength)];
        report.ReportedAt = time.GetUtcNow();
        report.RestoredAt = null;
    }
}
