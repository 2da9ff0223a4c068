using AifStudy.Core.Markdown;
using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class LongTableRuleTests
{
    [Fact]
    public void A_table_of_250_rows_becomes_three_tables_with_the_header_repeated()
    {
        var rows = Enumerable.Range(1, 250).Select(i => $"| t{i} | d{i} |");
        var text = string.Join('\n', ["# Terms", "", "| term | meaning |", "|---|:---:|", .. rows, "", "after"]);

        var (markdown, hits, _) = RuleHarness.Run(new LongTableRule(), text);

        var lines = markdown.Split('\n');
        Assert.Equal(3, lines.Count(l => l == "| term | meaning |"));
        Assert.Equal(3, lines.Count(l => l == "|---|:---:|"));
        Assert.Equal(rows, lines.Where(l => l.StartsWith("| t", StringComparison.Ordinal) && char.IsDigit(l[3])));
        Assert.Equal("", lines[Array.IndexOf(lines, "| t101 | d101 |") - 3]);
        Assert.Equal([("LongTable", 3)], hits.Where());
        Assert.Equal("split a table of 250 rows into 3 tables of at most 100", hits.Single().Detail);
    }

    [Fact]
    public void Short_tables_and_fenced_tables_are_left_alone()
    {
        var fenced = string.Join('\n', ["```", "| a | b |", "|---|---|", .. Enumerable.Repeat("| x | y |", 150), "```"]);
        var text = "| a | b |\n|---|---|\n" + string.Join('\n', Enumerable.Repeat("| x | y |", 100)) + "\n\n" + fenced;

        var (markdown, hits, _) = RuleHarness.Run(new LongTableRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void A_note_with_a_ten_thousand_row_table_parses_and_renders_every_row()
    {
        var text = "# Big\n\n| term | meaning |\n|---|---|\n" + string.Join('\n', Enumerable.Range(0, 10_000).Select(i => $"| row{i} | **v** |"));

        var note = new NoteParser().Parse(text, "big.md");
        var html = NoteHtmlRenderer.Render(note, _ => null);

        Assert.Equal(10_000, System.Text.RegularExpressions.Regex.Count(html, "<td>row\\d+</td>"));
        Assert.Equal(100, System.Text.RegularExpressions.Regex.Count(html, "<table"));
    }
}
