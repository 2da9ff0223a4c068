using AifStudy.Core.Flashcards.Export;

namespace AifStudy.Core.Tests.Flashcards.Export;

public sealed class AnkiTsvWriterTests
{
    private const string Header = "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n";

    private static AnkiExportCard Card(string front, string back, int? domain = 2, string slug = "llm-basics", string guid = "aifstudy-0123456789abcdef") =>
        new(front, back, domain, slug) { AnkiGuid = guid };

    [Fact]
    public void The_header_names_separator_html_guid_and_notetype_columns_deck_and_tags_column()
    {
        var text = AnkiTsvWriter.ToText("AifStudy::AIF-C01", [Card("<p>Q</p>", "<p>A</p>")]);

        Assert.Equal(
            Header + "#deck:AifStudy::AIF-C01\n#tags column:5\n"
            + "aifstudy-0123456789abcdef\tBasic\t<p>Q</p>\t<p>A</p>\taif::domain-2 note::llm-basics\n",
            text);
    }

    [Fact]
    public void A_cloze_card_is_a_Cloze_note_whose_text_holds_its_deletion()
    {
        var text = AnkiTsvWriter.ClozeText("<p>［……］是一种把文本切成 token 的组件。</p>", "分词器")!;
        var file = AnkiTsvWriter.ToText("AifStudy", [Card(text, "", guid: "aifstudy-c") with { IsCloze = true }]);

        Assert.Equal("<p>{{c1::分词器}}是一种把文本切成 token 的组件。</p>", text);
        var (_, rows) = AnkiTextReader.Read(file);
        Assert.Equal(["aifstudy-c", "Cloze", text, "", "aif::domain-2 note::llm-basics"], Assert.Single(rows));
    }

    [Theory]
    [InlineData("<p>A [...] splits text into tokens.</p>", "tokenizer", "<p>A {{c1::tokenizer}} splits text into tokens.</p>")]
    [InlineData("<p>A [...] splits text.</p>", "a}}b & c", "<p>A {{c1::a} }b &amp; c}} splits text.</p>")]
    [InlineData("<p>No blank here.</p>", "tokenizer", null)]
    public void The_blank_becomes_the_first_deletion(string front, string term, string? expected) =>
        Assert.Equal(expected, AnkiTsvWriter.ClozeText(front, term));

    [Fact]
    public void An_empty_list_is_a_file_with_only_the_header()
    {
        var text = AnkiTsvWriter.ToText("AifStudy", []);

        Assert.Equal(Header + "#deck:AifStudy\n#tags column:5\n", text);
        var (meta, rows) = AnkiTextReader.Read(text);
        Assert.Equal("tab", meta["separator"]);
        Assert.Empty(rows);
    }

    [Fact]
    public void Fields_with_a_tab_a_line_break_or_a_quote_are_quoted_and_read_back_unchanged()
    {
        var front = "<p>Say \"hi\"\tthen</p>";
        var back = "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<pre><code>a\r\n  b</code></pre>";

        var text = AnkiTsvWriter.ToText("AifStudy", [Card(front, back)]);

        Assert.Contains("\"<p>Say \"\"hi\"\"\tthen</p>\"\t\"<ul>\n<li>one</li>", text, StringComparison.Ordinal);
        var (_, rows) = AnkiTextReader.Read(text);
        var row = Assert.Single(rows);
        Assert.Equal(["aifstudy-0123456789abcdef", "Basic", front, back, "aif::domain-2 note::llm-basics"], row);
    }

    [Fact]
    public void A_front_starting_with_a_number_sign_is_quoted_so_Anki_does_not_skip_it_as_a_comment()
    {
        var text = AnkiTsvWriter.ToText("AifStudy", [Card("#1 rule", "<p>A</p>")]);

        var (_, rows) = AnkiTextReader.Read(text);
        Assert.Equal("#1 rule", Assert.Single(rows)[2]);
    }

    [Fact]
    public void Chinese_text_and_plain_html_are_written_as_is()
    {
        var front = "<p>“大语言模型（LLM）”指什么？（生成式 AI）</p>";
        var back = "<p>基于 <strong>Transformer</strong> 的模型，参数量大。</p>";

        var text = AnkiTsvWriter.ToText("AWS AI 从业者", [Card(front, back)]);

        Assert.EndsWith($"\tBasic\t{front}\t{back}\taif::domain-2 note::llm-basics\n", text, StringComparison.Ordinal);
        Assert.Contains("#deck:AWS AI 从业者\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "genai-fundamentals", "aif::domain-3 note::genai-fundamentals")]
    [InlineData(null, "misc", "note::misc")]
    [InlineData(1, "基础 模型", "aif::domain-1 note::基础-模型")]
    public void Tags_are_the_domain_and_the_note_slug_as_hierarchical_Anki_tags(int? domain, string slug, string expected)
    {
        var text = AnkiTsvWriter.ToText("AifStudy", [Card("q", "a", domain, slug)]);

        var (meta, rows) = AnkiTextReader.Read(text);
        Assert.Equal("5", meta["tags column"]);
        Assert.Equal(expected, Assert.Single(rows)[4]);
    }

    [Fact]
    public void A_deck_name_with_a_line_break_stays_on_the_deck_line()
    {
        var text = AnkiTsvWriter.ToText("AifStudy\n  Domain 1", []);

        Assert.Contains("#deck:AifStudy Domain 1\n#tags column:5\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bytes_are_utf8_without_a_byte_order_mark_so_the_header_is_read()
    {
        var bytes = AnkiTsvWriter.ToBytes("AifStudy", [Card("术语", "定义")]);

        Assert.Equal((byte)'#', bytes[0]);
        Assert.EndsWith("\tBasic\t术语\t定义\taif::domain-2 note::llm-basics\n", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
