using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class ChineseScriptTests
{
    [Theory]
    [InlineData("基礎模型", "基础模型")]
    [InlineData("檢索增強生成", "检索增强生成")]
    [InlineData("微調與嵌入", "微调与嵌入")]
    [InlineData("機器學習", "机器学习")]
    public void Traditional_text_becomes_simplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));
    }

    [Theory]
    [InlineData("基础模型", "基礎模型")]
    [InlineData("检索增强生成", "檢索增強生成")]
    public void Simplified_text_becomes_traditional(string simplified, string traditional)
    {
        Assert.Equal(traditional, ChineseScript.ToTraditional(simplified));
    }

    [Fact]
    public void Text_without_chinese_to_convert_comes_back_as_the_same_instance()
    {
        const string text = "Amazon Bedrock 基础模型 RAG, café ①";

        Assert.Same(text, ChineseScript.ToSimplified(text));
    }

    [Fact]
    public void Conversion_keeps_the_length_so_indexes_stay_valid()
    {
        const string text = "𠗣 emoji 😀 and 檢索";

        Assert.Equal(text.Length, ChineseScript.ToSimplified(text).Length);
        Assert.Equal("𠗣 emoji 😀 and 检索", ChineseScript.ToSimplified(text));
    }

    [Fact]
    public void The_table_is_opencc_data_not_a_short_hand_made_list()
    {
        // TSCharacters in opencc-js 1.4.2 yields 2,966 one-to-one BMP pairs.
        var converted = 0;
        for (var c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            converted += ChineseScript.ToSimplified(c) != c ? 1 : 0;
        }

        Assert.InRange(converted, 2500, 3500);
    }
}
