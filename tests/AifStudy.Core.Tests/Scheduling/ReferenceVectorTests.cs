using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>The four vectors of docs/fsrs-reference.md (default weights, fuzz off).</summary>
public sealed class ReferenceVectorTests
{
    private const double Tolerance = 1e-4;

    // py-fsrs tests/test_basic.py::test_review_card; ts-fsrs packages/fsrs/__tests__/FSRS-6.test.ts 'ivl_history'.
    [Fact]
    public void Good_six_times_then_two_lapses_and_five_goods_gives_the_reference_intervals()
    {
        var outcomes = Fsrs.ReviewWhenDue(
            Fsrs.Scheduler(),
            Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good,
            Rating.Again, Rating.Again,
            Rating.Good, Rating.Good, Rating.Good, Rating.Good, Rating.Good);

        Assert.Equal([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21], outcomes.Select(o => o.ScheduledDays));
    }

    // py-fsrs test_memo_state; fsrs-rs src/inference.rs test_memory_state; ts-fsrs FSRS-6.test.ts 'memory state[short-term]'.
    [Fact]
    public void Again_then_five_goods_at_day_gaps_0_0_1_3_8_21_reaches_the_reference_memory()
    {
        var card = Fsrs.ReviewAfterGaps(
            Fsrs.Scheduler(FsrsParameters.Default),
            (Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21));

        Assert.Equal(53.62691, card.Stability!.Value, Tolerance);
        Assert.Equal(6.3574867, card.Difficulty!.Value, Tolerance);
    }

    [Fact]
    public void Replaying_the_memory_vector_without_steps_gives_the_same_memory()
    {
        var memory = Fsrs.Scheduler().ReplayMemory(
        [
            new(Rating.Again, 0), new(Rating.Good, 0), new(Rating.Good, 1),
            new(Rating.Good, 3), new(Rating.Good, 8), new(Rating.Good, 21),
        ]);

        Assert.Equal(53.62691, memory.Stability, Tolerance);
        Assert.Equal(6.3574867, memory.Difficulty, Tolerance);
    }

    // ts-fsrs FSRS-6.test.ts 'first repeat': S, D and scheduled days [0, 0, 0, 8].
    [Theory]
    [InlineData(Rating.Again, 0.212, 6.4133, 0)]
    [InlineData(Rating.Hard, 1.2931, 5.11217071, 0)]
    [InlineData(Rating.Good, 2.3065, 2.11810397, 0)]
    [InlineData(Rating.Easy, 8.2956, 1.0, 8)]
    public void First_review_of_a_new_card_sets_the_reference_memory(Rating rating, double s, double d, int days)
    {
        var outcome = Fsrs.Scheduler().Preview(SchedulingState.New(Fsrs.Start))[rating];

        Assert.Equal(s, outcome.After.Stability!.Value, 1e-8);
        Assert.Equal(d, outcome.After.Difficulty!.Value, 1e-8);
        Assert.Equal(days, outcome.ScheduledDays);
    }

    // py-fsrs test_repeated_correct_reviews: ten Easy answers a microsecond apart.
    [Fact]
    public void Ten_easy_reviews_in_a_row_floor_difficulty_at_one()
    {
        var scheduler = Fsrs.Scheduler();
        var card = SchedulingState.New(Fsrs.Start);
        for (var i = 0; i < 10; i++)
        {
            card = scheduler.Review(card, Rating.Easy, Fsrs.Start.AddTicks(10 * i)).After;
        }

        Assert.Equal(1.0, card.Difficulty);
    }
}
