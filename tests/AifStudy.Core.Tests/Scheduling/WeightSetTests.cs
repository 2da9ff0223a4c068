using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>
/// Weight sets other than the defaults, against published results of the reference libraries.
/// fsrs-rs computes in f32, so its numbers are matched to a relative 1e-5 (f32 keeps about 7 digits).
/// </summary>
public sealed class WeightSetTests
{
    private static readonly FsrsParameters FsrsRs = FsrsParameters.FromText(Fsrs.FsrsRsWeights) with { EnableFuzz = false };

    // fsrs-rs inference.rs test_memo_state: [(Again, 0), (Good, 1), (Good, 3), (Good, 8), (Good, 21)].
    [Fact]
    public void Fsrs_rs_19_value_set_replays_to_its_published_memory()
    {
        var memory = Fsrs.Scheduler(FsrsRs).ReplayMemory(
            [new(Rating.Again, 0), new(Rating.Good, 1), new(Rating.Good, 3), new(Rating.Good, 8), new(Rating.Good, 21)]);

        AssertNear(31.722992, memory.Stability);
        AssertNear(7.382128, memory.Difficulty);
    }

    [Fact]
    public void Fsrs_rs_19_value_set_reaches_the_same_memory_through_the_learning_steps()
    {
        var card = Fsrs.ReviewAfterGaps(
            Fsrs.Scheduler(FsrsRs), (Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21));

        Assert.Equal(CardState.Review, card.State);
        AssertNear(31.722992, card.Stability!.Value);
        AssertNear(7.382128, card.Difficulty!.Value);
    }

    // fsrs-rs inference.rs test_memo_state: next_states(S 20.925528, D 7.005062, retention 0.9, 21 days).good.
    [Fact]
    public void Fsrs_rs_19_value_set_gives_its_published_good_after_21_days()
    {
        var reviewedAt = Fsrs.Start.AddDays(21);
        var card = new SchedulingState(CardState.Review, null, 20.925528, 7.005062, reviewedAt, Fsrs.Start);

        var after = Fsrs.Scheduler(FsrsRs).Review(card, Rating.Good, reviewedAt).After;

        AssertNear(40.87456, after.Stability!.Value);
        AssertNear(6.9913807, after.Difficulty!.Value);
    }

    // fsrs-rs inference.rs test_next_states: memory after [(Again, 0), (Good, 1), (Good, 3), (Good, 8)], then 21 days.
    [Theory]
    [InlineData(Rating.Again, 2.9691455, 8.000659)]
    [InlineData(Rating.Hard, 17.091452, 7.6913934)]
    [InlineData(Rating.Good, 31.722992, 7.382128)]
    [InlineData(Rating.Easy, 71.7502, 7.0728626)]
    public void Fsrs_rs_19_value_set_previews_its_published_next_states(Rating rating, double s, double d)
    {
        var scheduler = Fsrs.Scheduler(FsrsRs);
        var card = Fsrs.ReviewAfterGaps(scheduler, (Rating.Again, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8));

        var next = scheduler.Preview(card, card.LastReview!.Value.AddDays(21))[rating].After;

        AssertNear(s, next.Stability!.Value);
        AssertNear(d, next.Difficulty!.Value);
    }

    // fsrs-rs inference.rs test_memory_state ("freeze short term") and ts-fsrs FSRS-6.test.ts 'memory state[long-term]'.
    [Fact]
    public void Defaults_with_the_same_day_weights_zeroed_give_the_published_memory()
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[17] = weights[18] = weights[19] = 0;
        var scheduler = Fsrs.Scheduler(FsrsParameters.FromWeights(weights) with { EnableFuzz = false });

        var card = Fsrs.ReviewAfterGaps(
            scheduler, (Rating.Again, 0), (Rating.Good, 0), (Rating.Good, 1), (Rating.Good, 3), (Rating.Good, 8), (Rating.Good, 21));

        AssertNear(53.335106, card.Stability!.Value);
        AssertNear(6.3574867, card.Difficulty!.Value);
    }

    // fsrs-rs inference.rs test_current_retrievability: S = 1, decay (w20) 0.2.
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 0.9)]
    [InlineData(2, 0.84028935)]
    [InlineData(3, 0.7985001)]
    public void A_decay_of_0_2_gives_the_published_forgetting_curve(int days, double expected)
    {
        var weights = FsrsParameters.Default.Weights.ToArray();
        weights[20] = 0.2;
        var card = new SchedulingState(CardState.Review, null, 1.0, 5.0, Fsrs.Start.AddDays(1), Fsrs.Start);

        var r = Fsrs.Scheduler(FsrsParameters.FromWeights(weights)).Retrievability(card, Fsrs.Start.AddDays(days));

        AssertNear(expected, r);
    }

    // ts-fsrs FSRS-6.test.ts 'return retrievability percentage for review cards': Easy first, R at due = 0.9024733.
    [Fact]
    public void A_new_card_rated_easy_is_due_at_the_published_retrievability()
    {
        var scheduler = Fsrs.Scheduler(FsrsParameters.Default with { EnableFuzz = false });
        var after = scheduler.Review(SchedulingState.New(Fsrs.Start), Rating.Easy, Fsrs.Start.AddMinutes(5)).After;

        Assert.Equal(0.9024733, scheduler.Retrievability(after, after.Due), 1e-7);
    }

    private static void AssertNear(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-5 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");
}
