using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Notes;

/// <summary>What a reader would check first in each of the user's real notes.</summary>
public sealed class RealNotesTests
{
    private static readonly NoteParser Parser = new();

    private static ParsedNote Load(string fileName) =>
        Parser.Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);

    [Theory]
    [InlineData("domain-2-genai-fundamentals.md", "领域 2：生成式 AI 的基础知识", 2, "zh-Hans")]
    [InlineData("domain-3-fm-applications.md", "领域 3：基础模型的应用", 3, "zh-Hans")]
    [InlineData("foundation-model-basics.md", "基础模型的基础知识", 2, "zh-Hans")]
    [InlineData("genai-fundamentals-bilingual.md", "AWS AIF-C01 llm基礎篇", 2, "zh-Hant")]
    [InlineData("llm-basics.md", "大语言模型基础笔记", 1, "zh-Hans")]
    public void Metadata_is_read_from_front_matter_or_text(string fileName, string title, int domain, string mainChinese)
    {
        var metadata = Load(fileName).Metadata;

        Assert.Equal((title, domain), (metadata.Title, metadata.Domain));
        Assert.Contains(mainChinese, metadata.Languages);
        Assert.DoesNotContain(mainChinese == "zh-Hans" ? "zh-Hant" : "zh-Hans", metadata.Languages);
    }

    [Fact]
    public void Bilingual_plain_text_note_pairs_english_lines_with_their_translations()
    {
        var note = Load("genai-fundamentals-bilingual.md");

        var pairs = note.Sections.SelectMany(s => s.BilingualPairs).ToList();
        Assert.True(pairs.Count >= 15, $"only {pairs.Count} pairs");
        Assert.Contains(pairs, p => p.English.StartsWith("FMs are typically pre-trained", StringComparison.Ordinal)
            && p.Chinese.StartsWith("FM 通常是透過自我監督學習", StringComparison.Ordinal));
        Assert.Equal(
            ["Generative adversarial networks (GANs)", "Variational autoencoders (VAEs)"],
            note.Sections.Single(s => s.Title.StartsWith("Other generative models", StringComparison.Ordinal)).ListItems.Select(i => i.Text));
        Assert.Contains(note.Sections.SelectMany(s => s.Definitions),
            d => d is { Term: "Instructions(說明)", Definition: "task for the FM to do" });
        Assert.DoesNotContain("|", note.NormalizedMarkdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Foundation_note_has_its_authored_mindmap_and_parent_item_definitions()
    {
        var note = Load("foundation-model-basics.md");

        Assert.True(note.HasAuthoredMindmap);
        Assert.Contains(note.Sections.SelectMany(s => s.Definitions),
            d => d.Kind == TermDefinitionKind.ParentItem && d.Term == "嵌入层");
        Assert.Contains("大语言模型（LLM，Large Language Model）", note.Sections.SelectMany(s => s.BoldTerms));
    }

    [Fact]
    public void Llm_note_keeps_its_unspaced_heading_and_tab_indented_lists()
    {
        var note = Load("llm-basics.md");

        Assert.Equal("1、自然语言处理有六个大的任务", note.Sections[0].Title);
        Assert.Equal(6, note.Sections[0].OriginalLine);
        var vectorDb = note.Sections.Single(s => s.Title == "向量数据库（Vector Database）");
        Assert.StartsWith("向量数据库是一种将数据存储为高维向量的数据库", Assert.Single(vectorDb.ListItems).Text, StringComparison.Ordinal);
        Assert.Contains(note.Sections.SelectMany(s => s.Images), i => i.Url == "./pic/p24.jpg");
    }
}
