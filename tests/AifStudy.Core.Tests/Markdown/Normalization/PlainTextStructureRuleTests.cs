using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class PlainTextStructureRuleTests
{
    private const string PlainNote = """
        My Study Notes
        Basics
        Tokens
        Tokens are the basic units of text.
        標記是文字的基本單位。
        Lifecycle
        1. Data selection
        Choose the data carefully, it matters.
        Other models
        Generative adversarial networks (GANs)
        Variational autoencoders (VAEs)
        Prompting 提示
        Prompting shapes the output.
        - Instructions(說明): task for the FM to do
        - Context(上下文): external information
        example
        1 |
        |
        """;

    [Fact]
    public void Plain_text_note_gets_a_sensible_outline()
    {
        var (markdown, hits, context) = RuleHarness.Run(new PlainTextStructureRule(), PlainNote);

        Assert.Equal("""
            # My Study Notes

            ## Basics

            ### Tokens

            Tokens are the basic units of text.

            標記是文字的基本單位。

            ### Lifecycle

            #### 1. Data selection

            Choose the data carefully, it matters.

            ### Other models

            - Generative adversarial networks (GANs)
            - Variational autoencoders (VAEs)

            ### Prompting 提示

            Prompting shapes the output.

            - Instructions(說明): task for the FM to do
            - Context(上下文): external information

            example
            """, markdown);
        Assert.Equal(7, hits.Count(h => h.Detail.StartsWith("inferred level", StringComparison.Ordinal)));
        Assert.Equal([10, 11], hits.Where(h => h.Detail == "inferred list item").Select(h => h.Line));
        Assert.Equal([17, 18], hits.Where(h => h.Detail == "dropped table remnant").Select(h => h.Line));
        Assert.Equal(7, context.InferredHeadingLines.Count);
    }

    [Fact]
    public void A_short_chinese_line_after_an_english_paragraph_is_its_translation_not_a_heading()
    {
        var (markdown, _, _) = RuleHarness.Run(new PlainTextStructureRule(),
            "Title\nMultimodal models\ncan process many modes of data.\n可以同時處理多種模式的資料\nNext topic\nBody text here, with a comma.");

        Assert.Contains("\n可以同時處理多種模式的資料\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## Next topic", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_with_markdown_headings_are_left_alone()
    {
        var text = "# Title\nShort line\nAnother short line\nBody.";

        var (markdown, hits, _) = RuleHarness.Run(new PlainTextStructureRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void Inference_can_be_switched_off()
    {
        var (markdown, hits, _) = RuleHarness.Run(
            new PlainTextStructureRule(), PlainNote, new NoteParserOptions { InferPlainTextStructure = false });

        Assert.Equal(PlainNote, markdown);
        Assert.Empty(hits);
    }
}
