using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

public sealed class FuzzTests
{
    private static readonly FsrsParameters FuzzOn = FsrsParameters.Default;
    private static readonly FsrsParameters FuzzOff = FsrsParameters.Default with { EnableFuzz = false };

    [Fact]
    public void The_same_seed_fuzzes_the_same_card_the_same_way()
    {
        var card = ReviewCard(30, 4);

        var first = Fsrs.Scheduler(FuzzOn, new Random(42)).Review(card, Rating.Good, card.Due);
        var second = Fsrs.Scheduler(FuzzOn, new Random(42)).Review(card, Rating.Good, card.Due);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Preview_shows_exactly_what_review_does_even_when_previewed_twice_and_answered_later()
    {
        var scheduler = Fsrs.Scheduler(FuzzOn, new Random(7));
        for (var i = 0; i < 200; i++)
        {
            var card = ReviewCard(10 + i, 3 + (i % 5));
            _ = scheduler.Preview(card, card.Due);
            var preview = scheduler.Preview(card, card.Due);

            foreach (var (rating, shown) in preview)
            {
                Assert.Equal(shown, scheduler.Review(card, rating, card.Due));
                Assert.Equal(shown.ScheduledDays, scheduler.Review(card, rating, card.Due.AddSeconds(20)).ScheduledDays);
            }
        }
    }

    [Fact]
    public void Fuzzed_intervals_stay_in_the_py_fsrs_range_and_cover_it()
    {
        var seen = new Dictionary<int, HashSet<int>>();
        for (var seed = 0; seed < 400; seed++)
        {
            var card = ReviewCard(60, 5);
            var plain = Fsrs.Scheduler(FuzzOff).Review(card, Rating.Good, card.Due).ScheduledDays;
            var fuzzed = Fsrs.Scheduler(FuzzOn, new Random(seed)).Review(card, Rating.Good, card.Due).ScheduledDays;
            var (low, high) = IntervalFuzz.Range(plain, 36500);

            Assert.InRange(fuzzed, low, high);
            (seen.TryGetValue(plain, out var days) ? days : seen[plain] = []).Add(fuzzed);
        }

        var (lo, hi) = IntervalFuzz.Range(seen.Keys.Single(), 36500);
        Assert.Equal(hi - lo + 1, seen.Values.Single().Count);
    }

    [Theory]
    [InlineData(3, 2, 4)]
    [InlineData(7, 5, 9)]
    [InlineData(20, 17, 23)]
    [InlineData(100, 93, 107)]
    [InlineData(2, 2, 3)]
    public void The_fuzz_range_matches_py_fsrs(int days, int low, int high)
    {
        Assert.Equal((low, high), IntervalFuzz.Range(days, 36500));
    }

    [Fact]
    public void Fuzz_never_passes_the_maximum_interval_and_leaves_short_intervals_alone()
    {
        var capped = FsrsParameters.Default with { MaximumIntervalDays = 30 };
        for (var seed = 0; seed < 300; seed++)
        {
            var card = ReviewCard(30, 1000);
            Assert.InRange(Fsrs.Scheduler(capped, new Random(seed)).Review(card, Rating.Easy, card.Due).ScheduledDays, 27, 30);
        }

        Assert.Equal(2, IntervalFuzz.Apply(2, 36500, 0.999));
        Assert.Equal(1, IntervalFuzz.Apply(1, 36500, 0.999));
    }

    [Fact]
    public void Learning_steps_are_never_fuzzed()
    {
        var outcome = Fsrs.Scheduler(FuzzOn, new Random(3)).Review(SchedulingState.New(Fsrs.Start), Rating.Good);

        Assert.Equal(TimeSpan.FromMinutes(10), outcome.Interval);
    }

    private static SchedulingState ReviewCard(int intervalDays, double stability) =>
        new(CardState.Review, null, stability, 5, Fsrs.Start.AddDays(intervalDays), Fsrs.Start);
}
