using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class TabIndentedListRuleTests
{
    [Fact]
    public void Tab_indented_list_after_heading_is_dedented_keeping_nesting()
    {
        var (markdown, hits, _) = RuleHarness.Run(new TabIndentedListRule(), "## 向量数据库\n\t- a\n\t\t- b\n\t- c\n\nText");

        Assert.Equal("## 向量数据库\n- a\n    - b\n- c\n\nText", markdown);
        Assert.Equal([2, 3, 4], hits.Select(h => h.Line));
        Assert.All(hits, h => Assert.Equal("TabIndentedList", h.Rule));
    }

    [Fact]
    public void Tab_indented_list_after_paragraph_is_dedented()
    {
        var (markdown, _, _) = RuleHarness.Run(new TabIndentedListRule(), "Intro text\n\t- a\n\t- b");

        Assert.Equal("Intro text\n- a\n- b", markdown);
    }

    [Fact]
    public void Tabs_in_nested_list_indentation_are_expanded_not_dedented()
    {
        var (markdown, hits, _) = RuleHarness.Run(new TabIndentedListRule(), "- a\n\t- b\n\t\t- c\n- d");

        Assert.Equal("- a\n    - b\n        - c\n- d", markdown);
        Assert.Equal(["expanded tabs in list indentation", "expanded tabs in list indentation"], hits.Select(h => h.Detail));
    }

    [Fact]
    public void Indented_code_inside_fences_is_left_alone()
    {
        var text = "## H\n```\n\t- not a list\n```";

        var (markdown, hits, _) = RuleHarness.Run(new TabIndentedListRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }
}
