using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// One learner's review session on one scope: fetches the next card from <see cref="ReviewQueue"/>, renders it, and
/// stores each rating at once through <see cref="ReviewRecorder"/> (so a dropped connection loses at most the card on
/// screen). The screen's own state machine is <see cref="ReviewSessionState"/>. Scoped: one per circuit.
/// </summary>
public sealed class ReviewPageSession(ReviewQueue queue, ReviewRecorder recorder, CardHtmlRenderer html)
{
    private readonly int _learnerId = Learner.DefaultId;

    public ReviewSessionState State { get; } = new();

    public StudyScope Scope { get; private set; } = StudyScope.All;

    public QueueCounts Counts { get; private set; } = new(0, 0, 0);

    public async Task StartAsync(StudyScope scope, CancellationToken cancellationToken = default)
    {
        Scope = scope;
        var first = await NextViewAsync(cancellationToken);
        State.Start(first is null ? [] : [first]);
        Counts = await queue.CountsAsync(_learnerId, Scope, cancellationToken);
    }

    public async Task RateAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        if (State.Rate(rating) is not { } answer)
        {
            return;
        }

        await recorder.RateAsync(_learnerId, answer.CardId, answer.Rating, cancellationToken);
        if (await NextViewAsync(cancellationToken) is { } next)
        {
            State.Requeue(next);
        }

        Counts = await queue.CountsAsync(_learnerId, Scope, cancellationToken);
    }

    public async Task UndoAsync(CancellationToken cancellationToken = default)
    {
        if (State.Undo() is null)
        {
            return;
        }

        await recorder.UndoLastAsync(_learnerId, cancellationToken);
        Counts = await queue.CountsAsync(_learnerId, Scope, cancellationToken);
    }

    /// <summary>"from: note › section", without repeating the note's title when its H1 heads the section path.</summary>
    internal static string SourceLabel(ReviewCard card)
    {
        var title = card.NoteTitle ?? card.NoteSlug;
        var path = card.SectionPathText.StartsWith(title + " › ", StringComparison.Ordinal)
            ? card.SectionPathText[(title.Length + 3)..]
            : card.SectionPathText == title ? "" : card.SectionPathText;
        return path.Length == 0 ? $"from: {title}" : $"from: {title} › {path}";
    }

    private async Task<ReviewCardView?> NextViewAsync(CancellationToken cancellationToken)
    {
        var card = await queue.NextAsync(_learnerId, Scope, cancellationToken);
        return card is null ? null : new ReviewCardView(
            card.CardId,
            html.Render(card.Front),
            html.Render(card.Back),
            SourceLabel(card),
            $"notes/{card.NoteSlug}#{card.SectionAnchor}",
            card.IntervalLabels);
    }
}
