using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class NoteParserMetadataTests
{
    private readonly NoteParser _parser = new();

    [Theory]
    [InlineData("---\ndomain: 4\n---\n# x", 4)]
    [InlineData("---\ndomain: Domain 3\n---\n# x", 3)]
    [InlineData("---\ndomain: 9\n---\n# 领域 2：基础", 2)]
    [InlineData("# 領域 5 安全", 5)]
    [InlineData("# Notes\nThis covers Domain 1 of the exam.", 1)]
    [InlineData("# Notes\nNothing here.", null)]
    public void Domain_comes_from_front_matter_then_text(string text, int? expected)
    {
        Assert.Equal(expected, _parser.Parse(text).Metadata.Domain);
    }

    [Fact]
    public void Title_falls_back_from_front_matter_to_heading_to_first_line_to_file_name()
    {
        Assert.Equal("FM", _parser.Parse("---\ntitle: FM\n---\n# H").Metadata.Title);
        Assert.Equal("H", _parser.Parse("text line\n\n# H").Metadata.Title);
        Assert.Equal("my-note", _parser.Parse("", "notes/my-note.md").Metadata.Title);
        Assert.Equal("Untitled", _parser.Parse("   \n").Metadata.Title);
    }

    [Theory]
    [InlineData("* LLM\n\nText.", "LLM")]
    [InlineData("1. Intro\n\nText.", "Intro")]
    [InlineData("* Accuracy (classification): A measure defined as correct predictions over all predictions.\n* API: Interfaces.", "ai-ml-glossary")]
    [InlineData("- Kinesis Video Stream - ingest and analyze video data\n- Kinesis Data Firehose - load streams", "ai-ml-glossary")]
    public void A_glossary_that_opens_on_its_first_entry_is_named_by_its_file(string text, string title) =>
        Assert.Equal(title, _parser.Parse(text, "notes/ai-ml-glossary.md").Metadata.Title);

    [Fact]
    public void Tags_come_from_front_matter()
    {
        Assert.Equal(["llm", "nlp"], _parser.Parse("---\ntags: [llm, nlp]\n---\n# x").Metadata.Tags);
    }

    [Fact]
    public void Obsidian_front_matter_never_throws_and_leaves_no_wikilinks_in_the_body()
    {
        var note = _parser.Parse("---\ntitle:\naliases:\nup: [[Index]]\ntags: a, b\n---\n# Page\nSee [[Other Page|other]].");

        Assert.Equal("Page", note.Metadata.Title);
        Assert.Equal(["a", "b"], note.Metadata.Tags);
        Assert.Equal([new LinkReference("other", "/notes/other-page")], note.Sections[0].Links);
        Assert.Empty(note.Warnings);
    }

    [Fact]
    public void Broken_front_matter_becomes_a_warning()
    {
        var note = _parser.Parse("---\ntitle: a: b: c\n---\n# x");

        Assert.Single(note.Warnings);
        Assert.Equal("a: b: c", note.Metadata.Title);
    }

    [Theory]
    [InlineData("这是简体中文的学习笔记，我们来说说数据。", "zh-Hans")]
    [InlineData("這是繁體中文的學習筆記，我們來說說數據。", "zh-Hant")]
    [InlineData("Foundation models are trained on data.", "en")]
    public void Languages_are_detected_by_script(string text, string expected)
    {
        Assert.Equal([expected], LanguageDetector.Detect(text));
    }

    [Fact]
    public void Mixed_text_reports_both_languages_most_frequent_first()
    {
        Assert.Equal(["en", "zh-Hant"], LanguageDetector.Detect("Tokens are the basic units of text that models read. 標記是基本單位"));
    }
}
