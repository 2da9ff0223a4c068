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

    [Theory]
    [InlineData("微调", "微調")]
    [InlineData("微調", "微调")]
    [InlineData("擴散模型", "扩散模型")]
    public void Simplified_and_traditional_characters_are_the_same_answer(string typed, string accepted) =>
        Assert.True(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Theory]
    [InlineData("Transformer", "Transformer模型")]
    [InlineData("transformer model", "Transformer")]
    [InlineData("扩散", "擴散模型")]
    [InlineData("提示工程技术", "提示工程")]
    [InlineData("diffusion", "Diffusion models")]
    public void A_generic_suffix_left_off_or_added_is_forgiven(string typed, string accepted) =>
        Assert.True(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Theory]
    [InlineData("模型", "扩散模型")]
    [InlineData("model", "Diffusion model")]
    public void The_generic_word_alone_is_not_the_answer(string typed, string accepted) =>
        Assert.False(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Fact]
    public void A_term_named_in_two_languages_by_its_heading_accepts_either() =>
        Assert.Equal(["Diffusion", "擴散模型"], ClozeQuestions.WithHeadingName(["Diffusion"], "Diffusion 擴散模型"));

    [Fact]
    public void A_heading_that_does_not_name_the_term_adds_nothing() =>
        Assert.Equal(["Tokens"], ClozeQuestions.WithHeadingName(["Tokens"], "Embeddings and Vector 嵌入和向量"));
}
