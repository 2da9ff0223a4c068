using AifStudy.Core.Markdown.Normalization;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Markdown.Normalization;

public sealed class LabelledBlocksRuleTests
{
    private const string Blocks = """
        SageMaker Model Registry
        - provides centralized versioning and metadata for model artifacts

        ---

        SageMaker Clarify
        - A tool for explaining model predictions and detecting bias.
        - Bias detection in training and inference

        Key features:
        - not a name: a lead-in
        """;

    [Fact]
    public void Name_lines_over_lists_become_headings_in_a_note_without_any()
    {
        var (markdown, hits, context) = RuleHarness.Run(new LabelledBlocksRule(), Blocks);

        Assert.StartsWith("## SageMaker Model Registry\n- provides", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## SageMaker Clarify\n- A tool", markdown, StringComparison.Ordinal);
        Assert.Contains("\nKey features:\n", markdown, StringComparison.Ordinal);
        Assert.Equal([1, 6], context.InferredHeadingLines.Order());
        Assert.Equal([("LabelledBlocks", 1), ("LabelledBlocks", 6)], hits.Where());
    }

    [Theory]
    [InlineData("# Notes\n\nSageMaker Model Registry\n- a\n\nSageMaker Clarify\n- b\n")]
    [InlineData("Notes\n=====\n\nSageMaker Model Registry\n- a\n\nSageMaker Clarify\n- b\n")]
    [InlineData("SageMaker Model Registry\n- a\n\nThe service is fully managed.\n- b\n")]
    [InlineData("```\nSageMaker Model Registry\n- a\n\nSageMaker Clarify\n- b\n```\n")]
    public void A_note_with_headings_one_block_or_sentences_is_left_alone(string text)
    {
        var (markdown, hits, _) = RuleHarness.Run(new LabelledBlocksRule(), text);

        Assert.Equal(text, markdown);
        Assert.Empty(hits);
    }

    [Fact]
    public void The_parser_gives_each_block_its_section()
    {
        var note = new NoteParser().Parse(Blocks[..Blocks.IndexOf("\n\nKey features", StringComparison.Ordinal)], "sagemaker.md");

        Assert.Equal(["SageMaker Model Registry", "SageMaker Clarify"], note.Sections.Select(s => s.Title));
        Assert.Equal("A tool for explaining model predictions and detecting bias.", Assert.Single(note.Sections[1].Definitions).Definition);
    }
}
