using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class ReadingTimeTests
{
    [Fact]
    public void Three_hundred_Chinese_characters_take_a_minute_to_read_and_eighteen_seconds_to_count()
    {
        var text = new string('模', 300);

        Assert.Equal(TimeSpan.FromMinutes(1), ReadingTime.ToRead(text));
        Assert.Equal(TimeSpan.FromSeconds(18), ReadingTime.OnScreen(text));
    }

    [Fact]
    public void English_counts_words_and_mixed_text_adds_both()
    {
        var words = string.Join(' ', Enumerable.Repeat("token", 230));

        Assert.Equal(TimeSpan.FromMinutes(1), ReadingTime.ToRead(words));
        Assert.Equal(TimeSpan.FromMinutes(2), ReadingTime.ToRead(words + new string('词', 300)));
    }

    [Theory]
    [InlineData("", 2)]
    [InlineData("A short line.", 2)]
    public void A_short_section_still_needs_two_seconds(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), ReadingTime.OnScreen(text));

    [Fact]
    public void A_long_section_needs_at_most_ninety_seconds() =>
        Assert.Equal(TimeSpan.FromSeconds(90), ReadingTime.OnScreen(new string('长', 5000)));
}
