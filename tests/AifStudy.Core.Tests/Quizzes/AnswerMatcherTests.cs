using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

public sealed class AnswerMatcherTests
{
    [Theory]
    [InlineData("transformer", "Transformer")]
    [InlineData("  Transformer。 ", "Transformer")]
    [InlineData("ＲＡＧ", "RAG")]
    [InlineData("「自监督学习」", "自监督学习")]
    [InlineData("fine  tuning", "Fine tuning")]
    [InlineData("\"RLHF\".", "RLHF")]
    public void Typed_answer_is_forgiven_case_width_surrounding_punctuation_and_spacing(string typed, string accepted) =>
        Assert.True(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Theory]
    [InlineData("transformers", "Transformer")]
    [InlineData("finetuning", "Fine tuning")]
    [InlineData("", "RAG")]
    [InlineData("。", "。")]
    [InlineData("监督学习", "自监督学习")]
    public void Typed_answer_that_differs_in_letters_is_wrong(string typed, string accepted) =>
        Assert.False(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Fact]
    public void Any_accepted_answer_counts() =>
        Assert.True(AnswerMatcher.IsCorrect("rnn", ["循环神经网络（RNN）", "循环神经网络", "RNN"]));
}
