using AifStudy.Core.Markdown.Normalization;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class HtmlHeadingRuleTests
{
    [Fact]
    public void Lines_written_as_html_headings_become_headings()
    {
        var (markdown, hits, _) = RuleHarness.Run(new HtmlHeadingRule(), "<h1>mla-c01-notes</h1>\n<h2 align=\"center\">Domain 1:</h2> Data Preparation (28%)\n\n<h4> Properties of <u>Data</u> </h4>\nVolume - Amount of data.");

        Assert.Equal("# mla-c01-notes\n## Domain 1: Data Preparation (28%)\n\n#### Properties of Data\nVolume - Amount of data.", markdown);
        Assert.Equal([1, 2, 4], hits.Select(h => h.Line));
        Assert.All(hits, h => Assert.Equal("HtmlHeading", h.Rule));
    }

    [Theory]
    [InlineData("<h2>Unclosed heading")]
    [InlineData("<h2>Mismatched</h3>")]
    [InlineData("<hr>")]
    [InlineData("<html><h1>x</h1></html>")]
    [InlineData("<h3></h3>")]
    [InlineData("```\n<h2>inside a fence</h2>\n```")]
    [InlineData("    <h2>indented code</h2>")]
    public void Other_html_is_left_alone(string text)
    {
        var (markdown, hits, _) = RuleHarness.Run(new HtmlHeadingRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void The_paragraph_under_an_html_heading_is_its_sections_text()
    {
        var note = new Core.Notes.NoteParser().Parse("<h4>Data Lake</h4>\nA storage repository that holds large amounts of raw data in its native format.\n", "d.md");

        var section = Assert.Single(note.Sections);
        Assert.Equal("Data Lake", section.Title);
        Assert.StartsWith("A storage repository", section.PlainText, StringComparison.Ordinal);
    }
}
