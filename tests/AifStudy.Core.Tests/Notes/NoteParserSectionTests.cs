using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class NoteParserSectionTests
{
    private readonly NoteParser _parser = new();

    [Fact]
    public void Crlf_and_bom_notes_parse_like_lf_notes()
    {
        var note = _parser.Parse("\uFEFF# Title\r\n\r\nPara\r\n## Sub\r\n- a\r\n");

        Assert.Equal(["Title", "Sub"], note.Sections.Select(s => s.Title));
        Assert.DoesNotContain('\r', note.NormalizedMarkdown);
        Assert.DoesNotContain('\uFEFF', note.NormalizedMarkdown);
        Assert.Contains(note.Normalizations, h => h.Rule == "Bom");
        Assert.Contains(note.Normalizations, h => h.Rule == "LineEndings");
    }

    [Fact]
    public void Setext_headings_start_sections()
    {
        var note = _parser.Parse("Title\n=====\n\nText\n\nSub\n---\n\nMore");

        Assert.Equal([(1, "Title"), (2, "Sub")], note.Sections.Select(s => (s.Level, s.Title)));
        Assert.Equal("Text", note.Sections[0].PlainText);
    }

    [Fact]
    public void Several_h1s_each_start_a_top_level_section()
    {
        var note = _parser.Parse("# A\ntext\n# B\n## B1\n#### B1a\n# C");

        Assert.Equal([null, null, 1, 2, null], note.Sections.Select(s => s.ParentIndex));
        Assert.Equal(["B", "B1", "B1a"], note.Sections[3].Path);
        Assert.Equal("A", note.Metadata.Title);
    }

    [Fact]
    public void Text_before_the_first_heading_becomes_a_preamble_titled_with_the_note()
    {
        var note = _parser.Parse("---\ntitle: T\n---\nIntro words\n\n# H\nx");

        var preamble = note.Sections[0];
        Assert.Equal((0, "T", "Intro words", "top"), (preamble.Level, preamble.Title, preamble.PlainText, preamble.Anchor));
        Assert.Null(note.Sections[1].ParentIndex);
    }

    [Fact]
    public void Empty_and_placeholder_sections_are_flagged()
    {
        var note = _parser.Parse("# A\n## B\n略\n## C\n\n## D\ntext\n## E\n……");

        Assert.Equal(
            [(true, false), (false, true), (true, false), (false, false), (false, true)],
            note.Sections.Select(s => (s.IsEmpty, s.IsPlaceholder)));
    }

    [Fact]
    public void Section_markdown_is_its_own_body_slice()
    {
        var note = _parser.Parse("# A\n\nPara **one**\n\n- item\n\n## B\nb body");

        Assert.Equal("Para **one**\n\n- item", note.Sections[0].Markdown);
        Assert.Equal("Para one\nitem", note.Sections[0].PlainText);
        Assert.Equal("b body", note.Sections[1].Markdown);
    }

    [Fact]
    public void Plain_text_leaves_out_code_and_mermaid_and_keeps_tables_and_quotes()
    {
        var note = _parser.Parse("# A\nText\n\n```mermaid\nmindmap\n  root\n```\n\n```cs\nvar x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted");

        var section = note.Sections[0];
        Assert.Equal("Text\na | b\n1 | 2\nquoted", section.PlainText);
        Assert.Equal("mindmap\n  root", Assert.Single(section.MermaidBlocks));
        Assert.True(note.HasAuthoredMindmap);
    }

    [Fact]
    public void Tab_indented_list_after_heading_stays_a_list()
    {
        var note = _parser.Parse("## 向量数据库（Vector Database）\n\t- 向量数据库是一种数据库\n\t\t- 子项\n\n## Next");

        var item = Assert.Single(note.Sections[0].ListItems);
        Assert.Equal("向量数据库是一种数据库", item.Text);
        Assert.Equal("子项", Assert.Single(item.Children).Text);
    }

    [Fact]
    public void Lines_of_only_spaces_inside_lists_do_not_break_them()
    {
        var note = _parser.Parse("# A\n- a\n   \n- b\n\t\n    - c");

        var items = note.Sections[0].ListItems;
        Assert.Equal(["a", "b"], items.Select(i => i.Text));
        Assert.Equal("c", Assert.Single(items[1].Children).Text);
    }

    [Fact]
    public void List_items_know_order_and_position()
    {
        var note = _parser.Parse("# A\n1. one\n2. **two**\n   - x\n");

        var items = note.Sections[0].ListItems;
        Assert.Equal([(true, 1, "one"), (true, 2, "two")], items.Select(i => (i.Ordered, i.Position, i.Text)));
        Assert.Equal("2. **two**".Length - 3, items[1].Markdown.Length);
        Assert.False(items[1].Children[0].Ordered);
    }

    [Fact]
    public void Images_and_links_are_collected()
    {
        var note = _parser.Parse("# A\n ![图](./pic/p24.jpg)\n\nSee [docs](https://aws.amazon.com/) and <https://x.org>");

        Assert.Equal([new ImageReference("图", "./pic/p24.jpg")], note.Sections[0].Images);
        Assert.Equal(
            [new LinkReference("docs", "https://aws.amazon.com/"), new LinkReference("https://x.org", "https://x.org")],
            note.Sections[0].Links);
    }

    [Fact]
    public void Anchors_are_unique_within_a_note()
    {
        var note = _parser.Parse("# 简介\n## 简介\n## Intro!\n## intro");

        Assert.Equal(["简介", "简介-2", "intro", "intro-2"], note.Sections.Select(s => s.Anchor));
    }
}
