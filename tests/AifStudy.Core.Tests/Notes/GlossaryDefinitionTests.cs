using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Tests.Flashcards;

namespace AifStudy.Core.Tests.Notes;

/// <summary>
/// Glossaries as people write them besides lists: a run of "Term : definition" paragraphs, and a table headed as term
/// and meaning. Other paragraphs and tables give no definitions.
/// </summary>
public sealed class GlossaryDefinitionTests
{
    private readonly NoteParser _parser = new();

    [Fact]
    public void A_run_of_term_colon_paragraphs_is_a_glossary()
    {
        var note = _parser.Parse("""
            ## A

            Accuracy : A model performance metric that measures the proportion of correct predictions.

            Algorithm : A set of rules or instructions used to solve problems.

            Amazon Bedrock : AWS service that provides access to foundation models through a single API.
            """);

        Assert.Equal(
            [("Accuracy", "A model performance metric that measures the proportion of correct predictions."), ("Algorithm", "A set of rules or instructions used to solve problems."), ("Amazon Bedrock", "AWS service that provides access to foundation models through a single API.")],
            note.Sections[0].Definitions.Select(d => (d.Term, d.Definition)));
    }

    [Fact]
    public void A_remark_in_prose_is_no_glossary()
    {
        var note = _parser.Parse("""
            ## Setup

            Note: the console shows the model list only after you request access.

            Open the Bedrock console and pick a region where the model is offered.

            Then choose the playground and start typing a prompt.
            """);

        Assert.Empty(note.Sections[0].Definitions);
    }

    [Fact]
    public void A_table_headed_term_and_meaning_is_a_glossary_with_the_other_name_beside_the_term()
    {
        var note = _parser.Parse("""
            ## A

            | English | 中文 | 说明 |
            |---------|------|------|
            | **Accuracy** | 准确率 | 正确预测的样本数占总样本数的比例 |
            | **Activation Function** | 激活函数 | 神经网络中引入非线性的函数 |

            ## 模型架构

            | 术语 | 全称 | 解释 |
            | --- | --- | --- |
            | **MoE** | Mixture of Experts | 混合专家架构，只激活部分参数 |
            """);

        Assert.Equal([("Accuracy（准确率）", "正确预测的样本数占总样本数的比例"), ("Activation Function（激活函数）", "神经网络中引入非线性的函数")], note.Sections[0].Definitions.Select(d => (d.Term, d.Definition)));
        Assert.Equal([("MoE（Mixture of Experts）", "混合专家架构，只激活部分参数")], note.Sections[1].Definitions.Select(d => (d.Term, d.Definition)));
    }

    [Fact]
    public void A_comparison_or_parameter_table_gives_no_definitions()
    {
        var note = _parser.Parse("""
            ## Batch size

            | Batch | Speed | Generalisation |
            | --- | --- | --- |
            | Small | slower per epoch | better |
            | Large | faster per epoch | worse |
            """);

        Assert.Empty(note.Sections[0].Definitions);
    }

    [Fact]
    public void A_title_that_says_referenced_is_still_content()
    {
        var cards = Cards.Of("""
            # Glossary of AI terms referenced in the AIF-C01 Exam Guide

            - **Accuracy**: A model performance metric that measures the proportion of correct predictions made by a model.
            - **Algorithm**: A set of rules or instructions used to solve problems or perform computations.
            """);
        var item = new StudyItem
        {
            Kind = "TermDefinition",
            Prompt = "What is Accuracy?",
            Answer = "A model performance metric",
            Section = _parser.Parse("# Glossary of AI terms referenced in the AIF-C01 Exam Guide\n\ntext here to read").Sections[0],
            Script = ItemScript.English,
        };

        Assert.Contains(cards, c => c.Front.StartsWith("What is Accuracy?", StringComparison.Ordinal));
        Assert.False(Quality.Items.Fires("non-content-section", item));
        Assert.True(Quality.Items.Fires("non-content-section", item with { Section = _parser.Parse("# References\n\ntext here to read").Sections[0] }));
    }
}
