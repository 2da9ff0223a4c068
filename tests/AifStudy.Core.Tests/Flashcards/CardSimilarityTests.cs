using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

public sealed class CardSimilarityTests
{
    [Fact]
    public void Equal_texts_are_fully_similar_and_unrelated_texts_not_at_all()
    {
        Assert.Equal(1, CardSimilarity.Dice("嵌入层", "嵌入层"));
        Assert.Equal(0, CardSimilarity.Dice("嵌入层", "attention"));
    }

    [Fact]
    public void Lightly_edited_card_is_the_same_card()
    {
        Assert.True(CardSimilarity.IsSameCard(
            "什么是少样本提示？", "您可以提供一些示例来帮助 LLM 模型更好地执行并校准其输出以满足您的期望。",
            "什么是少样本提示词？", "您可以提供一些示例，帮助 LLM 模型更好地执行并校准其输出以满足您的期望。"));
    }

    [Fact]
    public void Card_with_a_rewritten_answer_is_a_new_card()
    {
        Assert.False(CardSimilarity.IsSameCard(
            "什么是零样本提示？", "这是一种情绪分类提示技术，不会为提示词提供任何示例。",
            "什么是零样本提示？", "直接向模型下达任务，不给出任何示例，依靠模型在预训练中学到的知识。"));
    }

    [Fact]
    public void Two_questions_with_one_short_answer_are_different_cards()
    {
        Assert.False(CardSimilarity.IsSameCard("哪种架构仅包含解码器？", "GPT", "哪个模型系列由 OpenAI 发布？", "GPT"));
    }

    [Theory]
    [InlineData("Retrieval-Augmented Generation (RAG)")]
    [InlineData("检索增强生成，「RAG」。")]
    [InlineData("ＡＷＳ　Ｂｅｄｒｏｃｋ：全形字")]
    [InlineData("① 第一步 ²")]
    [InlineData("ﬁne-tuning café")]
    [InlineData("丽 兀 Ⅻ ㍻")]
    public void Normalising_without_icu_where_nfkc_changes_nothing_gives_what_nfkc_gives(string text)
    {
        var expected = new string([.. text.Normalize(System.Text.NormalizationForm.FormKC).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        Assert.Equal(expected, CardText.Normalize(text));
    }

    [Fact]
    public void A_one_character_text_is_compared_by_its_character()
    {
        Assert.Equal(1, CardSimilarity.Dice("A", "a"));
        Assert.Equal(0, CardSimilarity.Dice("A", "b"));
    }
}
