using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Notes;

/// <summary>
/// English list items that open with their term in code or bold and say what it is ("- `Feature engineering` is a
/// method to…"): a definition, its first sentence only. Items that say something else about the term give none.
/// </summary>
public sealed class MarkedDefinitionTests
{
    private readonly NoteParser _parser = new();

    [Fact]
    public void A_term_in_code_or_bold_followed_by_is_a_defines_it()
    {
        var note = _parser.Parse("""
            ## ML

            - `Hyperparameter tuning` is a method to adjust the behavior of an ML algorithm. You can make changes to a model by tuning.
            - **Underfitting** occurs when a model does not identify the relationships in the training data.
            - `Foundation Model` are large models that are pre-trained on a vast amount of data.
            """);

        Assert.Equal(
            [
                ("Hyperparameter tuning", "A method to adjust the behavior of an ML algorithm."),
                ("Underfitting", "Occurs when a model does not identify the relationships in the training data."),
                ("Foundation Model", "Large models that are pre-trained on a vast amount of data."),
            ],
            note.Sections[0].Definitions.Select(d => (d.Term, d.Definition)));
    }

    [Theory]
    [InlineData("- **BLEU** is strongly associated with translation quality.")]
    [InlineData("- `Knowledge Bases for Amazon Bedrock` takes care of the entire ingestion workflow.")]
    [InlineData("- `Amazon Bedrock creates an OpenSearch Serverless vector` store for you.")]
    [InlineData("- `max_tokens=512` is the max number of tokens the model returns.")]
    [InlineData("- `RAG` is good.")]
    [InlineData("- Plain words is a method to do things with data.")]
    public void Other_sayings_about_a_marked_term_define_nothing(string line) =>
        Assert.Empty(_parser.Parse("## ML\n\n" + line + "\n").Sections[0].Definitions);

    [Fact]
    public void The_only_clause_among_noun_phrases_gives_itself_away()
    {
        Assert.True(Fires("giveaway-opening", Choice("Which of the following describes \"Underfitting\"?", "Occurs when a model does not identify the relationships in the training data.",
            ["A method to adjust the behavior of an ML algorithm.", "A step in the ML development pipeline that occurs after model training.", "A method to select and transform variables."], "Underfitting", script: ItemScript.English)));
        Assert.True(Fires("giveaway-opening", Choice("Which of the following describes \"Fine-tuning\"?", "The process to further train a pre-trained model.",
            ["Occurs when a model fails on new data.", "Used to select variables.", "When a model is too simple."], "Fine-tuning", script: ItemScript.English)));
        Assert.False(Fires("giveaway-opening", Choice("Which of the following describes \"Model evaluation\"?", "A step in the ML development pipeline that occurs after model training.",
            ["Occurs when a model does not identify the relationships.", "A method to select and transform variables.", "A method to adjust the behavior of an ML algorithm."], "Model evaluation", script: ItemScript.English)));
    }
}

/// <summary>A glossary written as a list of terms, each with what it means on the next line.</summary>
public sealed class TermLineGlossaryTests
{
    private readonly NoteParser _parser = new();

    [Fact]
    public void Terms_on_their_own_line_with_the_meaning_below_are_a_glossary()
    {
        var note = _parser.Parse("""
            * LLM
            大语言模型（LLM, Large Language Model）是一种具有大量参数的 AI 语言模型，能够执行多种复杂且实用的任务。这些模型通过大量文本数据进行训练。

            * Pretraining
            预训练（Pretraining）是语言模型在大规模无标注文本数据集上进行的初始训练过程。以 Claude 为例……

            * Tokens
            Token 是语言模型中最小的独立单位，可以对应于单词、子词、字符。
            """);

        Assert.Equal("LLM", note.Metadata.Title);
        Assert.Equal(
            [
                ("LLM（大语言模型）", "一种具有大量参数的 AI 语言模型，能够执行多种复杂且实用的任务。"),
                ("Pretraining（预训练）", "语言模型在大规模无标注文本数据集上进行的初始训练过程。"),
                ("Tokens", "Token 是语言模型中最小的独立单位，可以对应于单词、子词、字符。"),
            ],
            note.Sections.SelectMany(s => s.Definitions).Select(d => (d.Term, d.Definition)));
    }

    [Fact]
    public void A_list_of_points_that_wrap_is_no_glossary()
    {
        var note = _parser.Parse("""
            ## Steps

            - Collect data
            from every source you have.
            - Clean it.
            - Train the model on the cleaned data and then evaluate it on a held-out set.
            """);

        Assert.Empty(note.Sections.SelectMany(s => s.Definitions));
    }
}
