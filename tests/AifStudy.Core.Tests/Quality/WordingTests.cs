using AifStudy.Core.Quality;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Fixed wording follows the item's language and script.</summary>
public sealed class WordingTests
{
    [Theory]
    [InlineData("判断正误：「模型卡」指的是：記錄", "判斷正誤：「模型卡」指的是：記錄")]
    [InlineData("下列哪一项是对「模型卡」的描述？", "下列哪一項是對「模型卡」的描述？")]
    [InlineData("“模型卡”指什么？", "“模型卡”指什麼？")]
    [InlineData("这是哪个术语？", "這是哪個術語？")]
    [InlineData("Amazon Macie › 核心功能：包括哪 4 项？", "Amazon Macie › 核心功能：包括哪 4 項？")]
    [InlineData("正确", "正確")]
    public void A_traditional_item_gets_traditional_fixed_wording(string simplified, string traditional) =>
        Assert.Equal(traditional, Wording.Localize(simplified, ItemScript.Traditional));

    [Fact]
    public void Simplified_and_english_items_keep_their_wording()
    {
        Assert.Equal("判断正误：x", Wording.Localize("判断正误：x", ItemScript.Simplified));
        Assert.Equal("True or false: x", Wording.Localize("True or false: x", ItemScript.English));
    }

    [Theory]
    [InlineData("記錄模型的資訊與用途", "", ItemScript.Traditional)]
    [InlineData("记录模型的信息与用途", "", ItemScript.Simplified)]
    [InlineData("Amazon Bedrock is a managed service", "", ItemScript.English)]
    [InlineData("模型卡片的用途", "這個章節說明模型卡", ItemScript.Traditional)]
    public void An_items_script_is_read_from_its_words_then_its_section(string text, string section, ItemScript expected) =>
        Assert.Equal(expected, ItemScripts.Of(text, section, []));

    [Fact]
    public void A_tie_falls_back_to_the_notes_language() =>
        Assert.Equal(ItemScript.Traditional, ItemScripts.Of("模型卡片的用途", "模型卡片", ["zh-Hant", "en"]));
}
