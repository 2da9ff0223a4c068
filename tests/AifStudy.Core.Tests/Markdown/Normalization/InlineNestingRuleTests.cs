using AifStudy.Core.Markdown;
using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;
using AifStudy.Core.Tests.Markdown;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class InlineNestingRuleTests
{
    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    [Fact]
    public void Brackets_nested_past_the_limit_are_kept_as_text_and_reported_once_at_their_line()
    {
        var text = "# Deep\n\nintro\n" + new string('[', 150) + "x" + new string(']', 150) + "\n\nafter";

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal(32, InlineNestingRule.MaxOpenBrackets);
        Assert.Equal("# Deep\n\nintro\n" + new string('[', 32) + Repeat("&#91;", 118) + "x" + new string(']', 150) + "\n\nafter", markdown);
        Assert.Equal([("InlineNesting", 4)], hits.Where());
        Assert.Equal("brackets nested 150 deep; past 32 open, they are kept as text", hits.Single().Detail);
    }

    [Fact]
    public void Brackets_kept_as_text_still_show_as_brackets()
    {
        var line = Repeat("[a", 150) + new string(']', 150);
        var note = new NoteParser().Parse("# Deep\n\n" + line);

        var html = NoteHtmlRenderer.Render(note, _ => null);

        Assert.Contains("&#91;", note.NormalizedMarkdown, StringComparison.Ordinal);
        Assert.Equal("<p>" + line + "</p>", html.Split('\n')[1]);
    }

    [Fact]
    public void Links_wikilinks_images_and_brackets_nested_a_few_deep_are_untouched_however_many_a_paragraph_has()
    {
        // One paragraph of 1,000 of each: every one closes what it opens.
        var text = Repeat("[a](b) [[Page]] [[Page|alias]] ![img](p.png) [a [b] c] [a (b) c](u) [x]: y - [ ] [`code`](u) [`a[0]` and `]`](u) [https://x.y/z](https://x.y/z) ", 1000);

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("[`]`")]
    [InlineData("[<b title=\"]\">")]
    [InlineData("[$]$")]
    [InlineData("[[x](u \"]\")")]
    [InlineData("[a [b] http://example.com/] ")]
    [InlineData("[`\n]`\n")]
    public void A_bracket_that_code_HTML_maths_or_a_link_title_may_swallow_closes_nothing(string unit)
    {
        // Markdig may read the "]" as part of the other markup and keep the "[" open: count it open. (After a link inside an
        // open bracket, as "[b]" is when a reference defines it, Markdig lets a bare URL take a "]".)
        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), Repeat(unit, 150));

        Assert.Contains("&#91;", markdown, StringComparison.Ordinal);
        Assert.Single(hits);
    }

    [Fact]
    public void Whatever_the_text_Markdig_never_holds_more_delimiters_open_than_the_budget()
    {
        // Small budgets, and text made of everything that opens, closes or hides a delimiter: the rule's count may be too
        // high, and this finds where it is too low.
        string[] pieces =
        [
            "[", "]", "![", "[[", "]]", "[b]", "[ ] ", "](u)", "](u \"]\")", "[x](", "(u)", "`", "``", "```", "\n```", "`a`",
            "<", ">", "<b t=\"", "\">", "<http://x/", "<!--", "-->", "$", "{", "}", "(", ")", "\"", "|", "\n|---|\n",
            " http://x/", " www.x.y", " mailto:a@b.c", "*", "**", "**a**", "_", "~", "~~", "^", "++", "==", "::", "\\",
            "\\`", "\\(", "\\)", "\\[", "\\]", "&", "&#91;", "a", " ", "\t", "\n", "\n\n", "\n- ", "\n- |",
            "\n    - ", "\n2. ", "\n# ", "\n> ",
        ];
        var rules = NormalizationPipeline.Default.Rules.Where(r => r is not InlineNestingRule).Append(new InlineNestingRule(3, 5));
        var pipeline = new NormalizationPipeline([.. rules]);
        var random = new Random(12);
        for (var i = 0; i < 2000; i++)
        {
            var text = "[b]: /u\n\n" + string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ => pieces[random.Next(pieces.Length)]));

            var markdown = pipeline.Run(text).Markdown;

            Assert.True(OpenDelimiterProbe.DeepestIn(markdown) <= 3 + 5, text);
        }
    }

    [Fact]
    public void Emphasis_markers_past_the_limit_in_one_paragraph_are_escaped_and_reported()
    {
        var text = "# Bold\n\n" + Repeat("*a ", 600);

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal("# Bold\n\n" + Repeat("*a ", 500) + Repeat("\\*a ", 100), markdown);
        Assert.Equal([("InlineNesting", 3)], hits.Where());
        Assert.Equal("600 emphasis markers in one paragraph; past 500, they are kept as text", hits.Single().Detail);
    }

    [Fact]
    public void Characters_that_cannot_be_emphasis_are_not_counted()
    {
        var text = Repeat("snake_case_name a * b a + b = c x ~ y 3 ^ 2 ", 1000);

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void Each_paragraph_list_item_and_heading_has_its_own_count()
    {
        var busy = Repeat("**b** ", 120) + Repeat("[", 30);
        var text = string.Join('\n',
            "# " + busy, busy, "", busy, "- " + busy, "- " + busy, "> - " + busy, "  * " + busy, "## " + busy, busy);

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void Lines_that_may_continue_a_paragraph_do_not_start_a_new_count()
    {
        var lines = Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? "2. " : "    - ") + new string('[', 6));

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), "text\n" + string.Join('\n', lines));

        Assert.Equal(36 - 32, markdown.Split("&#91;").Length - 1);
        Assert.Equal([("InlineNesting", 7)], hits.Where());
    }

    [Fact]
    public void Fenced_code_is_never_touched()
    {
        var text = "```\n" + new string('[', 500) + Repeat("**", 1000) + "\n```";

        var (markdown, hits, _) = RuleHarness.Run(new InlineNestingRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Normalising_the_normalised_markdown_again_changes_nothing(string newline)
    {
        // A page renders the stored, normalised markdown, which goes through the rules once more.
        var text = string.Join(newline, "# Deep", "", Repeat("[a", 300) + new string(']', 300), "", Repeat("*a _b ", 400), "[[Wiki]] \\[x\\]");
        var once = NormalizationPipeline.Default.Run(text);

        var twice = NormalizationPipeline.Default.Run(once.Markdown);

        Assert.Equal(2, once.Hits.Count(h => h.Rule == "InlineNesting"));
        Assert.Equal(once.Markdown, twice.Markdown);
        Assert.DoesNotContain(twice.Hits, h => h.Rule is "InlineNesting" or "Wikilinks" or "MathDelimiters");
    }
}
