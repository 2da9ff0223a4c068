using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class BlockLanguageTests
{
    [Theory]
    [InlineData("FM 通常是透過自我監督學習進行預先訓練的。", BlockLanguage.Chinese)]
    [InlineData("使用深度神经网络来模拟人脑功能并处理复杂的任务", BlockLanguage.Chinese)]
    [InlineData("可以透過提示工程、檢索增強生成(RAG)和針對特定任務資料的微調等技術進行最佳化。", BlockLanguage.Chinese)]
    [InlineData("FMs are typically pre-trained through self-supervised learning.", BlockLanguage.English)]
    [InlineData("Generative AI is powered by models (基礎模型) that are pretrained on internet-scale data.", BlockLanguage.English)]
    [InlineData("Foundation models (基礎模型)", BlockLanguage.Mixed)]
    [InlineData("Amazon Titan", BlockLanguage.Mixed)]
    [InlineData("AI21 Labs Jurassic-2 Ultra", BlockLanguage.Mixed)]
    public void A_block_is_chinese_english_or_mixed(string text, string expected)
    {
        Assert.Equal(expected, BlockLanguage.Of(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1. 2. 3. — 42 %")]
    public void Text_without_words_has_no_language(string text)
    {
        Assert.Null(BlockLanguage.Of(text));
    }
}
