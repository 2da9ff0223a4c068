using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

public sealed class QueueRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_defaults_are_ankis()
    {
        Assert.Equal(TimeSpan.FromMinutes(20), QueueRules.Default.LearnAhead);
        Assert.True(QueueRules.Default.BurySiblings);
        Assert.Equal(8, QueueRules.Default.LeechThreshold);
    }

    [Fact]
    public void Learning_cards_within_the_learn_ahead_limit_may_be_shown_now()
    {
        var rules = QueueRules.Create(20, true, 8);

        Assert.Equal(Now.AddMinutes(20), rules.LearnAheadHorizon(Now));
        Assert.True(Now.AddMinutes(10) <= rules.LearnAheadHorizon(Now));
        Assert.False(Now.AddMinutes(21) <= rules.LearnAheadHorizon(Now));
        Assert.Equal(Now, QueueRules.Create(0, true, 8).LearnAheadHorizon(Now));
    }

    [Fact]
    public void A_session_wakes_when_the_next_learning_card_enters_the_window()
    {
        var rules = QueueRules.Create(20, true, 8);

        Assert.Equal(Now.AddMinutes(10), rules.WakeAt(Now.AddMinutes(30), Now));
        Assert.Equal(Now, rules.WakeAt(Now.AddMinutes(5), Now));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(9, false)]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(16, true)]
    public void A_card_becomes_a_leech_at_the_threshold_and_every_half_threshold_after(int lapses, bool leech) =>
        Assert.Equal(leech, QueueRules.Create(20, true, 8).IsLeechLapse(lapses));

    [Fact]
    public void A_threshold_of_zero_turns_leeches_off_and_one_catches_every_lapse()
    {
        Assert.False(QueueRules.Create(20, true, 0).IsLeechLapse(50));
        Assert.True(QueueRules.Create(20, true, 1).IsLeechLapse(1));
        Assert.True(QueueRules.Create(20, true, 1).IsLeechLapse(2));
    }

    [Fact]
    public void Out_of_range_values_are_refused_with_their_name()
    {
        Assert.Equal("learnAheadMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => QueueRules.Create(-1, true, 8)).ParamName);
        Assert.Equal("learnAheadMinutes", Assert.Throws<ArgumentOutOfRangeException>(() => QueueRules.Create(1441, true, 8)).ParamName);
        Assert.Equal("leechThreshold", Assert.Throws<ArgumentOutOfRangeException>(() => QueueRules.Create(20, true, 100)).ParamName);
    }

    [Fact]
    public void Siblings_share_a_note_and_a_subject()
    {
        Assert.True(QueueRules.AreSiblings(1, 7, "嵌入", 2, 7, "嵌入"));
        Assert.False(QueueRules.AreSiblings(1, 7, "嵌入", 1, 7, "嵌入"));
        Assert.False(QueueRules.AreSiblings(1, 7, "嵌入", 2, 8, "嵌入"));
        Assert.False(QueueRules.AreSiblings(1, 7, "嵌入", 2, 7, "推理"));
        Assert.False(QueueRules.AreSiblings(1, null, "嵌入", 2, null, "嵌入"));
    }
}

public sealed class NewCardShuffleTests
{
    [Fact]
    public void A_day_keeps_one_shuffle_and_the_next_day_has_another()
    {
        var today = new DateOnly(2026, 12, 6);
        var ids = Enumerable.Range(1, 50).ToList();

        var first = ids.OrderBy(id => NewCardShuffle.Key(id, NewCardShuffle.Seed(today))).ToList();
        var again = ids.OrderBy(id => NewCardShuffle.Key(id, NewCardShuffle.Seed(today))).ToList();
        var tomorrow = ids.OrderBy(id => NewCardShuffle.Key(id, NewCardShuffle.Seed(today.AddDays(1)))).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, tomorrow);
        Assert.NotEqual(ids, first);
        Assert.All(ids, id => Assert.InRange(NewCardShuffle.Key(id, NewCardShuffle.Seed(today)), 0, NewCardShuffle.Modulus - 1));
    }

    [Fact]
    public void An_order_that_does_not_exist_is_refused() =>
        Assert.Equal("newOrder", Assert.Throws<ArgumentOutOfRangeException>(() => QueueRules.Create(20, true, 8, (NewCardOrder)7)).ParamName);
}

public sealed class CustomStudyRulesTests
{
    [Theory]
    [InlineData("ahead", CustomStudy.Ahead)]
    [InlineData("Lapses", CustomStudy.Lapses)]
    [InlineData("missed", CustomStudy.Missed)]
    [InlineData("selected", CustomStudy.Selected)]
    [InlineData("1", null)]
    [InlineData("later", null)]
    [InlineData(null, null)]
    public void The_address_names_a_custom_session(string? text, CustomStudy? expected) =>
        Assert.Equal(expected, CustomStudyRules.Parse(text));
}
