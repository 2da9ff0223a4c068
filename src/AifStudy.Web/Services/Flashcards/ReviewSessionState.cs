using System.Collections.Immutable;
using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// The review screen's state machine, kept out of the page: the card on screen, whether its answer is shown, the
/// cards still to come today, and a stack of answers for undo. It does no I/O; the page stores what
/// <see cref="Rate"/> returns and takes back what <see cref="Undo"/> returns.
/// </summary>
public sealed class ReviewSessionState
{
    private ImmutableQueue<ReviewCardView> _queue = [];
    private ImmutableStack<HistoryEntry> _history = [];

    /// <summary>The card on screen; null before <see cref="Start"/> and once the queue is done.</summary>
    public ReviewCardView? Current { get; private set; }

    /// <summary>Whether the current card's back is shown.</summary>
    public bool Revealed { get; private set; }

    /// <summary>Cards left today, the one on screen included.</summary>
    public int Remaining => (Current is null ? 0 : 1) + _queue.Count();

    /// <summary>Answers given this session (undone ones not counted).</summary>
    public int Reviewed { get; private set; }

    /// <summary>How many answers can be undone, most recent first.</summary>
    public int UndoDepth { get; private set; }

    public bool CanUndo => UndoDepth > 0;

    /// <summary>True once every card has been answered.</summary>
    public bool IsFinished => Current is null;

    /// <summary>Starts a session on today's due cards, in the order given; clears the undo history.</summary>
    public void Start(IEnumerable<ReviewCardView> dueCards)
    {
        ArgumentNullException.ThrowIfNull(dueCards);
        _queue = [.. dueCards];
        _history = [];
        UndoDepth = 0;
        Reviewed = 0;
        ShowNext();
    }

    /// <summary>Shows the back. False when there is no card or it is already shown.</summary>
    public bool Reveal()
    {
        if (Current is null || Revealed)
        {
            return false;
        }

        Revealed = true;
        return true;
    }

    /// <summary>
    /// Answers the card on screen and moves to the next one. Null (nothing happens) when no answer is shown, so a
    /// key pressed twice does not rate the next card unseen.
    /// </summary>
    public ReviewAnswer? Rate(Rating rating)
    {
        if (Current is not { } card || !Revealed)
        {
            return null;
        }

        _history = _history.Push(new HistoryEntry(card, rating, _queue));
        UndoDepth++;
        Reviewed++;
        ShowNext();
        return new ReviewAnswer(card.CardId, rating);
    }

    /// <summary>Puts a card back at the end of today's queue, e.g. one rated Again that is due again in 10 minutes.</summary>
    public void Requeue(ReviewCardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Current is null)
        {
            Current = card;
            Revealed = false;
        }
        else
        {
            _queue = _queue.Enqueue(card);
        }
    }

    /// <summary>
    /// Takes a card out of the session (the learner reported it): off the screen and out of the queue, and the undo
    /// history is cleared, since undoing an answer given before could bring the card back. The next card is shown.
    /// </summary>
    public void Remove(int cardId)
    {
        _queue = [.. _queue.Where(c => c.CardId != cardId)];
        _history = [];
        UndoDepth = 0;
        if (Current?.CardId == cardId)
        {
            ShowNext();
        }
    }

    /// <summary>Shows <paramref name="card"/> in place of the card on screen with the same id (its text was edited), answer shown or not as before.</summary>
    public void Replace(ReviewCardView card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Current?.CardId == card.CardId)
        {
            Current = card;
        }
    }

    /// <summary>
    /// Takes back the last answer: its card is on screen again with the answer shown (so it can be rated again at
    /// once), and the queue is as it was, without cards requeued since. Null when there is nothing to undo.
    /// </summary>
    public ReviewAnswer? Undo()
    {
        if (_history.IsEmpty)
        {
            return null;
        }

        _history = _history.Pop(out var last);
        UndoDepth--;
        Reviewed--;
        _queue = last.QueueBehind;
        Current = last.Card;
        Revealed = true;
        return new ReviewAnswer(last.Card.CardId, last.Rating);
    }

    private void ShowNext()
    {
        if (_queue.IsEmpty)
        {
            Current = null;
        }
        else
        {
            _queue = _queue.Dequeue(out var next);
            Current = next;
        }

        Revealed = false;
    }

    private sealed record HistoryEntry(ReviewCardView Card, Rating Rating, ImmutableQueue<ReviewCardView> QueueBehind);
}
