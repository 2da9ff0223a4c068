using AifStudy.Core.Markdown;

namespace AifStudy.Core.Tests.Markdown;

public sealed class AnchorGeneratorTests
{
    // Slugs are NFKC-normalised and lower-cased; most headings take a path without ICU, which must give the same slugs.
    [Theory]
    [InlineData("Generated note 12", "generated-note-12")]
    [InlineData("生成式 AI（第 3-4 节）", "生成式-ai-第-3-4-节")]
    [InlineData("ＡＷＳ：Ｂｅｄｒｏｃｋ", "aws-bedrock")]
    [InlineData("《提示工程》、“RAG”—概述", "提示工程-rag-概述")]
    [InlineData("1. Title · 3", "1-title-3")]
    [InlineData("Café Über", "café-über")]
    [InlineData("Ⅻ章", "xii章")]
    [InlineData("！！", "section")]
    [InlineData("", "section")]
    public void Slugs_fold_width_and_case(string heading, string slug) =>
        Assert.Equal(slug, AnchorGenerator.Slug(heading));

    [Fact]
    public void Repeated_headings_get_numbered_anchors()
    {
        var anchors = new AnchorGenerator();

        Assert.Equal(["简介", "简介-2", "简介-3"], [anchors.Next("简介"), anchors.Next("简介"), anchors.Next("（简介）")]);
    }
}
