using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

/// <summary>Invariants over many seeded random cards, ratings and review times.</summary>
public sealed class SchedulerPropertyTests
{
    private const int Cases = 600;

    [Fact]
    public void Intervals_are_never_negative_nor_above_the_maximum_and_memory_stays_in_bounds()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var parameters = RandomHistory.Parameters(random);
            var scheduler = Fsrs.Scheduler(parameters, new Random(seed));
            var (card, at) = RandomHistory.Card(random, scheduler);
            foreach (var (_, outcome) in scheduler.Preview(card, at + RandomHistory.Gap(random)))
            {
                var after = outcome.After;
                Assert.True(outcome.Interval >= TimeSpan.Zero, $"seed {seed}: {outcome.Interval}");
                Assert.InRange(outcome.Interval.TotalDays, 0, parameters.MaximumIntervalDays);
                Assert.InRange(outcome.ScheduledDays, 0, parameters.MaximumIntervalDays);
                Assert.Equal(after.LastReview + outcome.Interval, after.Due);
                Assert.InRange(after.Stability!.Value, 0.001, 36500);
                Assert.InRange(after.Difficulty!.Value, 1, 10);
                Assert.InRange(outcome.ElapsedDays, 0, int.MaxValue);
            }
        }
    }

    [Fact]
    public void Again_never_gives_a_review_card_a_longer_interval_than_its_current_one()
    {
        var checkedCards = 0;
        for (var seed = 0; seed < Cases * 3; seed++)
        {
            var random = new Random(seed);
            var scheduler = Fsrs.Scheduler(RandomHistory.Parameters(random) with { EnableFuzz = false });
            var (card, at) = RandomHistory.Card(random, scheduler);
            if (card.State != CardState.Review)
            {
                continue;
            }

            checkedCards++;
            var again = scheduler.Review(card, Rating.Again, at + RandomHistory.Gap(random));
            Assert.True(again.Interval <= card.Due - card.LastReview!.Value, $"seed {seed}");
        }

        Assert.True(checkedCards > Cases / 2, $"only {checkedCards} review cards");
    }

    [Fact]
    public void A_higher_rating_never_gives_a_shorter_interval_with_fuzz_off()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var scheduler = Fsrs.Scheduler(RandomHistory.Parameters(random) with { EnableFuzz = false });
            var (card, at) = RandomHistory.Card(random, scheduler);
            var preview = scheduler.Preview(card, at + RandomHistory.Gap(random));

            Assert.True(preview[Rating.Again].Interval <= preview[Rating.Hard].Interval, $"seed {seed}: Again > Hard");
            Assert.True(preview[Rating.Hard].Interval <= preview[Rating.Good].Interval, $"seed {seed}: Hard > Good");
            Assert.True(preview[Rating.Good].Interval <= preview[Rating.Easy].Interval, $"seed {seed}: Good > Easy");
        }
    }

    [Fact]
    public void Retrievability_is_a_probability_that_never_rises_with_time()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var scheduler = Fsrs.Scheduler(RandomHistory.Parameters(random));
            var (card, at) = RandomHistory.Card(random, scheduler);
            var sooner = scheduler.Retrievability(card, at + RandomHistory.Gap(random));
            var later = scheduler.Retrievability(card, at + RandomHistory.Gap(random) + RandomHistory.Gap(random) + TimeSpan.FromDays(5000));

            Assert.InRange(sooner, 0, 1);
            Assert.True(card.LastReview is null ? later == 0 : later <= sooner, $"seed {seed}");
        }
    }
}
