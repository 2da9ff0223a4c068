using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class SourceLinesTests
{
    private static NormalizationContext Context(string text) => new(text, new NoteParserOptions());

    [Fact]
    public void Lines_are_the_text_split_on_line_feeds_and_numbered_from_one()
    {
        const string Text = "# Title\r\nbody\n\nlast\n";
        var lines = Context(Text).Lines;

        Assert.Equal(["# Title\r", "body", "", "last", ""], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4, 5], lines.Select(l => l.OriginalLine));
        Assert.Same(Text, lines.Join().Markdown);
    }

    [Fact]
    public void Each_edit_counts_up_the_version_and_a_rewritten_line_keeps_its_original_line()
    {
        var lines = Context("a\nb\nc\nd").Lines;

        lines.Replace(1, "B");
        lines.Insert(0, new SourceLine("new", 0));
        lines.RemoveAt(4);
        lines.ReplaceRange(2, 2, [lines[2].WithText("B2"), new SourceLine("", 0), lines[3]]);

        Assert.Equal(4, lines.Version);
        var (markdown, originalLines) = lines.Join();
        Assert.Equal("new\na\nB2\n\nc", markdown);
        Assert.Equal([0, 1, 2, 0, 3], originalLines);
    }

    [Fact]
    public void Removing_the_first_lines_leaves_the_rest_of_the_text_as_it_was()
    {
        var lines = Context("---\ntitle: x\n---\n# Body\ntext").Lines;

        lines.RemoveRange(0, 3);

        var (markdown, originalLines) = lines.Join();
        Assert.Equal("# Body\ntext", markdown);
        Assert.Equal([4, 5], originalLines);
    }

    [Fact]
    public void Slices_of_a_line_copy_nothing_and_keep_its_original_line()
    {
        var line = Context("x\n  two words \ny").Lines[1];

        Assert.Equal(("two words", 2), (line.Trim().Text, line.Trim().OriginalLine));
        Assert.Equal(("words", 2), (line.Slice(6, 5).Text, line.Slice(6, 5).OriginalLine));
        Assert.Equal(7, line.WithOriginalLine(7).OriginalLine);
        Assert.Throws<ArgumentOutOfRangeException>(() => line.Slice(10, 5));
    }

    [Fact]
    public void The_fence_mask_is_worked_out_again_only_after_an_edit()
    {
        var context = Context("text\n```\ncode\n```\nmore");

        var mask = context.FenceMask();
        Assert.Same(mask, context.FenceMask());
        Assert.Equal([false, true, true, true, false], mask);

        context.Lines.Replace(1, "not a fence");

        Assert.Equal([false, false, false, true, true], context.FenceMask());
    }

    [Fact]
    public void A_trigger_the_text_lacks_is_still_found_in_a_rewritten_line()
    {
        var context = Context("plain\ntext");
        Assert.False(context.AnyLineContains('\\'));

        context.Lines.Replace(1, "\\(x\\)");

        Assert.True(context.AnyLineContains('\\'));
        Assert.True(context.AnyLineContains("\\("));
    }

    [Fact]
    public void Repeated_lines_are_counted_as_often_as_they_occur()
    {
        var context = Context("| [a] |\n|---|\n| [b] |");
        var (header, delimiter) = (context.Lines[0], context.Lines[1]);

        context.Lines.Insert(3, header);
        context.Lines.Insert(4, delimiter);
        context.Lines.Insert(5, header);

        Assert.True(context.BracketsAtMost() >= 4);
        Assert.True(context.PipesAtMost() >= 12);
        Assert.Equal("| [a] |\n|---|\n| [b] |\n| [a] |\n|---|\n| [a] |", context.Lines.Join().Markdown);
    }
}
