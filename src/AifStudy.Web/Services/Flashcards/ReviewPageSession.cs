using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// One learner's review session on one scope: fetches the next card from <see cref="ReviewQueue"/>, renders it, and
/// stores each rating at once through <see cref="ReviewRecorder"/> (so a dropped connection loses at most the card on
/// screen). The screen's own state machine is <see cref="ReviewSessionState"/>. Scoped: one per circuit.
/// </summary>
public sealed class ReviewPageSession(ReviewQueue queue, ReviewRecorder recorder, CardHtmlRenderer html, ItemReports reports, CardEdits edits)
{
    private readonly int _learnerId = Learner.DefaultId;

    public ReviewSessionState State { get; } = new();

    public StudyScope Scope { get; private set; } = StudyScope.All;

    public QueueCounts Counts { get; private set; } = new(0, 0, 0);

    /// <summary>The front of the card last reported in this session (cut to 60 characters), for the screen to confirm it; null before any.</summary>
    public string? LastReported { get; private set; }

    /// <summary>
    /// The card whose last answer made it a leech (lapsed as often as the learner's threshold; now suspended), for the
    /// screen to say so with a way to rewrite it; null when the last answer did not.
    /// </summary>
    public LeechNotice? LastLeech { get; private set; }

    /// <summary>
    /// With no card left: when the next learning card enters the learn-ahead window, for the screen to bring it in
    /// then (<see cref="ResumeAsync"/>) without a reload; null while a card is on screen or when none is learning.
    /// </summary>
    public DateTimeOffset? WakeAt { get; private set; }

    /// <summary>The custom study session on <see cref="Scope"/>, or null for today's queue.</summary>
    public CustomSession? Custom { get; private set; }

    public async Task StartAsync(StudyScope scope, CancellationToken cancellationToken = default) => await StartAsync(scope, null, cancellationToken);

    public async Task StartAsync(StudyScope scope, CustomSession? custom, CancellationToken cancellationToken = default)
    {
        (Scope, Custom) = (scope, custom);
        var first = await NextViewAsync(cancellationToken);
        State.Start(first is null ? [] : [first]);
        await RefreshAsync(cancellationToken);
    }

    /// <summary>
    /// Looks for a card again once the session ran out (the screen calls it at <see cref="WakeAt"/>): a learning card
    /// that came within the learn-ahead window comes up. True when a card is now on screen.
    /// </summary>
    public async Task<bool> ResumeAsync(CancellationToken cancellationToken = default)
    {
        if (State.IsFinished && await NextViewAsync(cancellationToken) is { } next)
        {
            State.Requeue(next);
        }

        await RefreshAsync(cancellationToken);
        return !State.IsFinished;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        Counts = await queue.CountsAsync(_learnerId, Scope, Custom, cancellationToken);
        WakeAt = State.IsFinished && Custom is null ? await queue.WakeAtAsync(_learnerId, Scope, cancellationToken) : null;
    }

    public async Task RateAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        var shown = State.Current;
        if (State.Rate(rating) is not { } answer)
        {
            return;
        }

        var result = await recorder.RecordRatingAsync(_learnerId, answer.CardId, answer.Rating, cancellationToken);
        LastLeech = result.BecameLeech && shown is not null ? new LeechNotice(shown.CardId, shown.SourceLabel, shown.SourceHref) : null;
        if (await NextViewAsync(cancellationToken) is { } next)
        {
            State.Requeue(next);
        }

        await RefreshAsync(cancellationToken);
    }

    public async Task UndoAsync(CancellationToken cancellationToken = default)
    {
        if (State.Undo() is null)
        {
            return;
        }

        await recorder.UndoLastAsync(_learnerId, cancellationToken);
        LastLeech = null;
        await RefreshAsync(cancellationToken);
    }

    /// <summary>Reports the card on screen: it is hidden for the learner at once and the next card comes up.</summary>
    public async Task ReportAsync(ReportReason reason, string? comment, CancellationToken cancellationToken = default)
    {
        if (State.Current is not { } card)
        {
            return;
        }

        if (await reports.ReportCardAsync(_learnerId, card.CardId, reason, comment, cancellationToken) is { } label)
        {
            LastReported = label.Length <= 60 ? label : label[..59] + "…";
        }

        State.Remove(card.CardId);
        if (State.IsFinished && await NextViewAsync(cancellationToken) is { } next)
        {
            State.Requeue(next);
        }

        await RefreshAsync(cancellationToken);
    }

    /// <summary>The sides of the card on screen as the learner sees them, and the generated ones, for editing.</summary>
    public async Task<CardText?> TextOfCurrentAsync(CancellationToken cancellationToken = default) =>
        State.Current is { } card ? await edits.GetAsync(_learnerId, card.CardId, cancellationToken) : null;

    /// <summary>Stores the learner's wording of the card on screen and shows it. False when a side is empty.</summary>
    public async Task<bool> SaveEditAsync(string front, string back, CancellationToken cancellationToken = default)
    {
        if (State.Current is not { } card || !await edits.SaveAsync(_learnerId, card.CardId, front, back, cancellationToken))
        {
            return false;
        }

        await RefreshCurrentAsync(card, cancellationToken);
        return true;
    }

    /// <summary>Goes back to the generated text of the card on screen.</summary>
    public async Task RevertEditAsync(CancellationToken cancellationToken = default)
    {
        if (State.Current is { } card)
        {
            await edits.RevertAsync(_learnerId, card.CardId, cancellationToken);
            await RefreshCurrentAsync(card, cancellationToken);
        }
    }

    /// <summary>Keeps the learner's edit of the card on screen against the note's new text (clears the flag).</summary>
    public async Task KeepEditAsync(CancellationToken cancellationToken = default)
    {
        if (State.Current is { } card)
        {
            await edits.KeepAsync(_learnerId, card.CardId, cancellationToken);
            await RefreshCurrentAsync(card, cancellationToken);
        }
    }

    private async Task RefreshCurrentAsync(ReviewCardView card, CancellationToken cancellationToken)
    {
        if (await edits.GetAsync(_learnerId, card.CardId, cancellationToken) is { } text)
        {
            State.Replace(card with
            {
                FrontHtml = html.Render(text.Front),
                BackHtml = html.Render(text.Back),
                IsEdited = text.IsEdited,
                EditNeedsCheck = text.NeedsCheck,
            });
        }
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
        var card = await queue.NextAsync(_learnerId, Scope, Custom, cancellationToken);
        return card is null ? null : new ReviewCardView(
            card.CardId,
            html.Render(card.Front),
            html.Render(card.Back),
            SourceLabel(card),
            $"notes/{card.NoteSlug}#{card.SectionAnchor}",
            card.IntervalLabels)
        {
            IsEdited = card.IsEdited,
            EditNeedsCheck = card.EditNeedsCheck,
        };
    }
}
