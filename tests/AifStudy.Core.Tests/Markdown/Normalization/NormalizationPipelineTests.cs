using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class NormalizationPipelineTests
{
    [Fact]
    public void Rules_run_in_the_documented_order()
    {
        Assert.Equal(
            ["Bom", "LineEndings", "FrontMatter", "HtmlComments", "HtmlHeading", "HeadingSpace", "WhitespaceOnlyLines", "BulletGlyph", "TabIndentedList",
             "Wikilinks", "MathDelimiters", "PlainTextStructure", "LabelledBlocks", "LongTable", "InlineNesting"],
            NormalizationPipeline.Default.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Content_inside_code_fences_is_never_touched()
    {
        var text = "# Code\n\n```text\n##nospace\n\t- tabbed\n \t \n<!-- c -->\n[[Link]]\n\\(x\\)\n```";

        var result = NormalizationPipeline.Default.Run(text);

        Assert.Equal(text, result.Markdown);
        Assert.Empty(result.Hits);
    }

    [Fact]
    public void A_line_of_inline_code_in_triple_backticks_is_no_fence()
    {
        // As for Markdig: text after a backtick fence holds no backtick, so the lines after it are not code.
        var result = NormalizationPipeline.Default.Run("```a``` and [[Page]]\n[[Other]]");

        Assert.Equal("```a``` and [Page](/notes/page)\n[Other](/notes/other)", result.Markdown);
    }

    [Fact]
    public void Hits_and_lines_refer_to_the_original_file()
    {
        var text = "\uFEFF---\r\ndomain: 1\r\n---\r\n##1、A\r\n\t- x\r\n";

        var result = NormalizationPipeline.Default.Run(text);

        Assert.Equal("## 1、A\n- x\n", result.Markdown);
        Assert.Equal(4, result.OriginalLineOf(1));
        Assert.Equal(5, result.OriginalLineOf(2));
        Assert.Contains(result.Hits, h => h is { Rule: "HeadingSpace", Line: 4 });
        Assert.Contains(result.Hits, h => h is { Rule: "TabIndentedList", Line: 5 });
    }
}
