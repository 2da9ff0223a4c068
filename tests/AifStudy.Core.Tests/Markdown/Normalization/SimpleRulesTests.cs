using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class SimpleRulesTests
{
    [Fact]
    public void Bom_is_removed_from_the_first_line()
    {
        var (markdown, hits, _) = RuleHarness.Run(new BomRule(), "\uFEFF# Title\nbody");

        Assert.Equal("# Title\nbody", markdown);
        Assert.Equal([("Bom", 1)], hits.Where());
    }

    [Fact]
    public void Crlf_line_endings_become_lf()
    {
        var (markdown, hits, _) = RuleHarness.Run(new LineEndingsRule(), "a\r\nb\r\nc");

        Assert.Equal("a\nb\nc", markdown);
        Assert.Equal([("LineEndings", 1)], hits.Where());
    }

    [Fact]
    public void Lone_cr_line_endings_split_into_numbered_lines()
    {
        var (markdown, hits, context) = RuleHarness.Run(new LineEndingsRule(), "a\rb\rc");

        Assert.Equal("a\nb\nc", markdown);
        Assert.Equal([1, 2, 3], context.Lines.Select(l => l.OriginalLine));
        Assert.Equal([("LineEndings", 1)], hits.Where());
    }

    [Fact]
    public void Heading_without_space_after_hashes_gets_one()
    {
        var (markdown, hits, _) = RuleHarness.Run(new HeadingSpaceRule(), "##1、自然语言处理\ntext\n###Deep\n#1、大模型\n#2");

        Assert.Equal("## 1、自然语言处理\ntext\n### Deep\n# 1、大模型\n# 2", markdown);
        Assert.Equal([("HeadingSpace", 1), ("HeadingSpace", 3), ("HeadingSpace", 4), ("HeadingSpace", 5)], hits.Where());
    }

    [Fact]
    public void Lines_of_hashtags_and_code_are_not_made_headings()
    {
        var text = "#ai #ml\n#tag\n#机器学习 #nlp/llm\n```sh\n#!/bin/sh\n```";

        var (markdown, hits, _) = RuleHarness.Run(new HeadingSpaceRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void Whitespace_only_lines_become_empty()
    {
        var (markdown, hits, _) = RuleHarness.Run(new WhitespaceOnlyLinesRule(), "- a\n\t\n   \n- b");

        Assert.Equal("- a\n\n\n- b", markdown);
        Assert.Equal([("WhitespaceOnlyLines", 2), ("WhitespaceOnlyLines", 3)], hits.Where());
    }

    [Fact]
    public void Html_comments_are_removed_also_across_lines_but_not_in_code()
    {
        var text = "a <!-- x --> b\n<!-- start\nmiddle\nend -->\nc\n```\n<!-- kept -->\n```";

        var (markdown, hits, _) = RuleHarness.Run(new HtmlCommentsRule(), text);

        Assert.Equal("a  b\nc\n```\n<!-- kept -->\n```", markdown);
        Assert.Equal([1, 2, 3, 4], hits.Select(h => h.Line));
    }

    [Fact]
    public void Wikilinks_become_links_to_note_slugs()
    {
        var (markdown, hits, _) = RuleHarness.Run(
            new WikilinksRule(), "See [[Vector Database]] and [[RAG 检索|检索增强]] but `[[code]]`");

        Assert.Equal("See [Vector Database](/notes/vector-database) and [检索增强](/notes/rag-检索) but `[[code]]`", markdown);
        Assert.Equal([("Wikilinks", 1)], hits.Where());
    }

    [Fact]
    public void A_wikilink_page_name_holds_no_bracket()
    {
        var (markdown, hits, _) = RuleHarness.Run(new WikilinksRule(), "[[[Page]]] and [[[[x]]]] but not [[a[b]]");

        Assert.Equal("[[Page](/notes/page)] and [[[x](/notes/x)]] but not [[a[b]]", markdown);
        Assert.Equal([("Wikilinks", 1)], hits.Where());
    }

    [Fact]
    public void Tex_delimiters_become_dollar_delimiters()
    {
        var text = "Area \\( x^2 \\) and\n\\[\n\\sum_i x_i\n\\]\ninline \\[a+b\\]";

        var (markdown, hits, _) = RuleHarness.Run(new MathDelimitersRule(), text);

        Assert.Equal("Area $x^2$ and\n$$\n\\sum_i x_i\n$$\ninline $$a+b$$", markdown);
        Assert.Equal([1, 2, 4, 5], hits.Select(h => h.Line));
    }
}
