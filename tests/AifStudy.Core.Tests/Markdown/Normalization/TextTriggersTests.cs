using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class TextTriggersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(61)]
    public void Brackets_pipes_and_emphasis_characters_are_counted_eight_at_a_time_and_in_the_rest(int padding)
    {
        var text = new string('x', padding) + "[a] **b** _c_ ~d~ ^e^ ++f++ ==g== ::h:: | [" + new string('x', padding);

        var triggers = new TextTriggers(text);

        Assert.Equal((2, 1, 22), (triggers.Brackets, triggers.Pipes, triggers.EmphasisMarks));
        Assert.True(triggers.MayContain('['));
        Assert.False(triggers.MayContain('\\'));
    }
}
