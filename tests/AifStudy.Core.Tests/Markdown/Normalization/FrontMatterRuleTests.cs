using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class FrontMatterRuleTests
{
    [Fact]
    public void Yaml_front_matter_is_removed_and_read()
    {
        var text = "---\ntitle: My Note\ndomain: 2\ntags: [llm, nlp]\n---\n# Body";

        var (markdown, hits, context) = RuleHarness.Run(new FrontMatterRule(), text);

        Assert.Equal("# Body", markdown);
        Assert.Equal([("FrontMatter", 1)], hits.Where());
        Assert.Equal("My Note", context.FrontMatter.Title);
        Assert.Equal("2", context.FrontMatter.Domain);
        Assert.Equal(["llm", "nlp"], context.FrontMatter.Tags);
        Assert.Equal(6, context.Lines[0].OriginalLine);
    }

    [Fact]
    public void Plain_lines_read_the_same_as_the_yaml_they_are()
    {
        // The first is read without YamlDotNet, the second (quotes, a special word) with it.
        var plain = RuleHarness.Run(new FrontMatterRule(), "---\ntitle: 生成式 AI 基础\ndomain: Domain 2\ntags: [ai, 生成式AI]\n---\n# Body").Context.FrontMatter;
        var yaml = RuleHarness.Run(new FrontMatterRule(), "---\ntitle: \"生成式 AI 基础\"\ndomain: 'Domain 2'\ntags: [ai, 生成式AI]\ndraft: yes\n---\n# Body").Context.FrontMatter;

        Assert.Equal(("生成式 AI 基础", "Domain 2"), (plain.Title, plain.Domain));
        Assert.Equal((plain.Title, plain.Domain), (yaml.Title, yaml.Domain));
        Assert.Equal(["ai", "生成式AI"], plain.Tags);
        Assert.Equal(plain.Tags, yaml.Tags);
        Assert.Equal("ai, 生成式AI", plain.Values["tags"]);
        Assert.Equal("yes", yaml.Values["draft"]);
    }

    [Fact]
    public void Obsidian_front_matter_with_empty_keys_wikilinks_and_comma_tags_is_read()
    {
        var text = "---\ntitle:\naliases:\nrelated: [[Other Page]]\ntags: ai, ml\ndomain: Domain 3\n---\nText";

        var (markdown, _, context) = RuleHarness.Run(new FrontMatterRule(), text);

        Assert.Equal("Text", markdown);
        Assert.Null(context.FrontMatter.Title);
        Assert.Equal("", context.FrontMatter.Values["aliases"]);
        Assert.Equal("Other Page", context.FrontMatter.Values["related"]);
        Assert.Equal(["ai", "ml"], context.FrontMatter.Tags);
        Assert.Equal("Domain 3", context.FrontMatter.Domain);
        Assert.Empty(context.Warnings);
    }

    [Fact]
    public void Invalid_yaml_falls_back_to_key_value_lines_with_a_warning_naming_the_line()
    {
        var text = "---\ntitle: Bad: yes: no\ntags: [a, b\n---\nText";

        var (markdown, _, context) = RuleHarness.Run(new FrontMatterRule(), text);

        Assert.Equal("Text", markdown);
        Assert.Equal("Bad: yes: no", context.FrontMatter.Title);
        Assert.Equal(["a", "b"], context.FrontMatter.Tags);
        var warning = Assert.Single(context.Warnings);
        Assert.Contains("line 2", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thematic_break_without_closing_line_is_not_front_matter()
    {
        var (markdown, hits, _) = RuleHarness.Run(new FrontMatterRule(), "---\nJust text");

        Assert.Equal("---\nJust text", markdown);
        Assert.Empty(hits);
    }
}
