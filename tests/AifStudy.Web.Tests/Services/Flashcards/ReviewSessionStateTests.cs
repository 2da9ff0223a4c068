using AifStudy.Core.Scheduling;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class ReviewSessionStateTests
{
    private static ReviewCardView Card(int id) => new(
        id, $"<p>Q{id}</p>", $"<p>A{id}</p>", $"from: note › section {id}", $"notes/n#s{id}",
        new Dictionary<Rating, string> { [Rating.Again] = "10m", [Rating.Good] = "2d" });

    private static ReviewSessionState Started(params int[] ids)
    {
        var state = new ReviewSessionState();
        state.Start(ids.Select(Card));
        return state;
    }

    [Fact]
    public void A_new_session_shows_the_first_card_question_side_with_all_cards_remaining()
    {
        var state = Started(1, 2, 3);

        Assert.Equal(1, state.Current?.CardId);
        Assert.False(state.Revealed);
        Assert.Equal(3, state.Remaining);
        Assert.False(state.CanUndo);
        Assert.False(state.IsFinished);
    }

    [Fact]
    public void An_empty_session_is_finished_at_once()
    {
        var state = Started();

        Assert.True(state.IsFinished);
        Assert.Equal(0, state.Remaining);
        Assert.False(state.Reveal());
    }

    [Fact]
    public void A_card_cannot_be_rated_before_its_answer_is_shown()
    {
        var state = Started(1, 2);

        Assert.Null(state.Rate(Rating.Good));
        Assert.Equal(1, state.Current?.CardId);
        Assert.Equal(0, state.Reviewed);
    }

    [Fact]
    public void Rating_returns_the_answer_and_moves_to_the_next_card_unrevealed()
    {
        var state = Started(1, 2);

        Assert.True(state.Reveal());
        Assert.False(state.Reveal());
        var answer = state.Rate(Rating.Hard);

        Assert.Equal(new ReviewAnswer(1, Rating.Hard), answer);
        Assert.Equal(2, state.Current?.CardId);
        Assert.False(state.Revealed);
        Assert.Equal(1, state.Remaining);
        Assert.Equal(1, state.Reviewed);
        Assert.Equal(1, state.UndoDepth);
        // A second press of the same key lands on a card whose answer is not shown: nothing happens.
        Assert.Null(state.Rate(Rating.Hard));
    }

    [Fact]
    public void The_session_finishes_after_the_last_card()
    {
        var state = Started(1);

        state.Reveal();
        state.Rate(Rating.Easy);

        Assert.True(state.IsFinished);
        Assert.Null(state.Current);
        Assert.Equal(0, state.Remaining);
        Assert.True(state.CanUndo);
    }

    [Fact]
    public void Undo_brings_back_the_last_card_with_its_answer_shown_and_restores_the_queue()
    {
        var state = Started(1, 2, 3);
        state.Reveal();
        state.Rate(Rating.Good);

        var undone = state.Undo();

        Assert.Equal(new ReviewAnswer(1, Rating.Good), undone);
        Assert.Equal(1, state.Current?.CardId);
        Assert.True(state.Revealed);
        Assert.Equal(3, state.Remaining);
        Assert.Equal(0, state.Reviewed);
        Assert.False(state.CanUndo);
        Assert.Null(state.Undo());
    }

    [Fact]
    public void Undo_goes_back_one_answer_at_a_time_even_after_the_last_card()
    {
        var state = Started(1, 2);
        state.Reveal();
        state.Rate(Rating.Again);
        state.Reveal();
        state.Rate(Rating.Good);

        Assert.Equal(new ReviewAnswer(2, Rating.Good), state.Undo());
        Assert.Equal(2, state.Current?.CardId);
        Assert.Equal(new ReviewAnswer(1, Rating.Again), state.Undo());
        Assert.Equal(1, state.Current?.CardId);
        Assert.Equal(2, state.Remaining);
    }

    [Fact]
    public void A_requeued_card_comes_back_at_the_end_and_undo_takes_it_out_again()
    {
        var state = Started(1, 2);
        state.Reveal();
        state.Rate(Rating.Again);
        state.Requeue(Card(1));

        Assert.Equal(2, state.Remaining);
        state.Reveal();
        state.Rate(Rating.Good);
        Assert.Equal(1, state.Current?.CardId);

        state.Undo();
        state.Undo();

        Assert.Equal(1, state.Current?.CardId);
        Assert.Equal(2, state.Remaining);
        state.Rate(Rating.Good);
        Assert.Equal(2, state.Current?.CardId);
        state.Reveal();
        state.Rate(Rating.Good);
        Assert.True(state.IsFinished);
    }

    [Fact]
    public void A_card_requeued_after_the_last_one_is_shown_straight_away()
    {
        var state = Started(1);
        state.Reveal();
        state.Rate(Rating.Again);

        state.Requeue(Card(1));

        Assert.Equal(1, state.Current?.CardId);
        Assert.False(state.Revealed);
        Assert.Equal(1, state.Remaining);
    }
}
