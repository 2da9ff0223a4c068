using AifStudy.Core.Scheduling;

namespace AifStudy.Core.Tests.Scheduling;

public sealed class NewCardLimitsTests
{
    private static readonly Dictionary<string, int> NoNotes = [];
    private static readonly Dictionary<int, int> NoDomains = [];

    [Fact]
    public void Keys_name_a_domain_or_a_note_and_anything_else_is_ignored()
    {
        var limits = NewCardLimits.From([("domain:2", 5), ("note:llm-basics", 3), ("domain:9", 1), ("task:1.1", 2), ("note:", 4), ("note:x", -2)]);

        Assert.Equal(new Dictionary<int, int> { [2] = 5 }, limits.PerDomain);
        Assert.Equal(new Dictionary<string, int> { ["llm-basics"] = 3, ["x"] = 0 }, limits.PerNote);
        Assert.True(limits.Any);
        Assert.False(NewCardLimits.None.Any);
    }

    [Fact]
    public void A_full_note_is_skipped_and_the_next_notes_cards_fill_the_day()
    {
        var limits = NewCardLimits.From([("note:a", 2)]);
        (string, int?)[] candidates = [("a", 1), ("a", 1), ("a", 1), ("b", 1), ("b", 1)];

        Assert.Equal(4, limits.Allowed(candidates, leftToday: 10, NoNotes, NoDomains));
        Assert.Equal(3, limits.Allowed(candidates, leftToday: 10, new Dictionary<string, int> { ["a"] = 1 }, NoDomains));
        Assert.Equal(3, limits.Allowed(candidates, leftToday: 3, NoNotes, NoDomains));
    }

    [Fact]
    public void A_domain_limit_caps_all_its_notes_together_and_the_lower_of_two_limits_wins()
    {
        var limits = NewCardLimits.From([("domain:1", 3), ("note:a", 5)]);
        (string, int?)[] candidates = [("a", 1), ("a", 1), ("b", 1), ("b", 1), ("c", 2), ("d", null)];

        Assert.Equal(5, limits.Allowed(candidates, leftToday: 20, NoNotes, NoDomains));
        Assert.Equal([1], limits.FullDomains(new Dictionary<int, int> { [1] = 3 }));
        Assert.Empty(limits.FullNotes(new Dictionary<string, int> { ["a"] = 4 }));
        Assert.Equal(["a"], limits.FullNotes(new Dictionary<string, int> { ["a"] = 5 }));
    }

    [Fact]
    public void A_limit_of_zero_keeps_that_scopes_new_cards_away()
    {
        var limits = NewCardLimits.From([("note:a", 0)]);

        Assert.Equal(1, limits.Allowed([("a", 1), ("b", 1)], leftToday: 20, NoNotes, NoDomains));
        Assert.Equal(["a"], limits.FullNotes(NoNotes));
    }
}
