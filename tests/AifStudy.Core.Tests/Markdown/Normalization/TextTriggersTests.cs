using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class TextTriggersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(61)]
    public void Brackets_and_pipes_are_counted_eight_characters_at_a_time_and_in_the_rest(int padding)
    {
        var text = new string('x', padding) + "[a] **b** | [" + new string('x', padding) + "[|";

        var triggers = new TextTriggers(text);

        Assert.Equal((3, 2), (triggers.Brackets, triggers.Pipes));
        Assert.True(triggers.MayContain('['));
        Assert.False(triggers.MayContain('\\'));
    }
}
