using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class SearchTextTests
{
    [Fact]
    public void Traditional_and_simplified_spellings_fold_alike()
    {
        Assert.Equal(SearchText.Fold("基础模型"), SearchText.Fold("基礎模型"));
        Assert.Equal("基础模型", SearchText.Fold("基礎模型"));
    }

    [Theory]
    [InlineData("ＲＡＧ　檢索", "rag 检索")]
    [InlineData("Amazon  Bedrock\n\tGuardrails", "amazon bedrock guardrails")]
    [InlineData("  PROMPT Engineering  ", "prompt engineering")]
    [InlineData("ＡＩＦ－Ｃ０１", "aif-c01")]
    [InlineData("SageMaker", "sagemaker")]
    [InlineData("㎏ and ①", "kg and 1")]
    [InlineData("", "")]
    [InlineData(" \u3000\n ", "")]
    public void Folding_removes_width_case_script_and_spacing_differences(string text, string expected)
    {
        Assert.Equal(expected, SearchText.Fold(text));
    }

    [Theory]
    [InlineData("ＲＡＧ　檢索")]
    [InlineData("Café e\u0301 ﬁne-tuning 機器學習")]
    public void Folding_twice_changes_nothing(string text)
    {
        var once = SearchText.Fold(text);

        Assert.Equal(once, SearchText.Fold(once));
    }
}
