using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Run 83's causes: a phase as a term, a facet of the entry above, a learning aim as a definition, the object of a process as its definition.</summary>
public sealed class SeventiethReviewCheckTests
{
    [Theory]
    [InlineData("- **Training:** Randomly deactivate neurons with a probability p.\n- **Inference:** All neurons active, weights scaled.\n", true)]
    [InlineData("- **Training:** Randomly deactivate neurons with a probability p.\n- **Effect:** Trains thinned sub-networks.\n", false)]
    public void A_phase_beside_another_is_a_label(string list, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", "What is Training?", "Randomly deactivate neurons with a probability p.", "Training", context: "Dropout",
            section: Parsed("## Dropout\n\n" + list), script: ItemScript.English)));

    [Theory]
    [InlineData("- Measures precision and recall between machine and human text\n  - precision: overlapping unigrams / words in the model output\n", true)]
    [InlineData("- Metrics:\n  - precision: true positives / predicted positives\n", false)]
    [InlineData("- Common metrics\n  - precision: true positives / predicted positives\n", false)]
    public void A_facet_of_the_entry_above_needs_it_named(string list, bool dropped) =>
        Assert.Equal(dropped, Fires("missing-subject", Card("TermDefinition", "What is precision?", "overlapping unigrams / words in the model output", "precision", context: "Evaluation",
            section: Parsed("## Evaluation\n\n" + list), script: ItemScript.English)));

    [Theory]
    [InlineData("Understanding the tradeoff between model bias (underfitting) and variance (overfitting).", true)]
    [InlineData("The tradeoff between a model's bias (underfitting) and its variance (overfitting).", false)]
    public void A_learning_aim_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("finding-back", Card("TermDefinition", "What is Bias-Variance Tradeoff?", back, "Bias-Variance Tradeoff", context: null, script: ItemScript.English)));

    [Theory]
    [InlineData("Hyperparameter Tuning", "Settings external to the model that control training and model capacity.", true)]
    [InlineData("Hyperparameter Tuning", "an external configuration whose value cannot be estimated from the data", true)]
    [InlineData("Hyperparameter Tuning", "The process of searching for the settings that give the best validation score.", false)]
    [InlineData("Hyperparameter Tuning", "Values of the hyperparameters are searched with cross-validation.", false)]
    [InlineData("Hyperparameters", "Settings external to the model that control training and model capacity.", false)]
    public void The_thing_a_process_works_on_is_not_the_process(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("object-for-process", Card("TermDefinition", $"What is {term}?", back, term, context: null, script: ItemScript.English)));
}

/// <summary>Corpus 84's causes (a development read, not a measured run): a formula's legend, an example's data, an unmarked chapter, ":-".</summary>
public sealed class SeventyFirstReviewCheckTests
{
    [Fact]
    public void A_colon_dash_is_one_separator() =>
        Assert.Equal("Number of layers in the model", new TermDefinition("Layers", "- Number of layers in the model", TermDefinitionKind.PlainColon).Definition);

    [Theory]
    [InlineData("Memory for KV Cache :- 2 * Precision * layers * seqlen * batch\n\n- Precision:- 4 bytes for FP32, 2 bytes for FP16\n- seqlen:- the maximum sequence length\n", true)]
    [InlineData("Numeric formats differ in size.\n\n- Precision:- 4 bytes for FP32, 2 bytes for FP16\n- seqlen:- the maximum sequence length\n", false)]
    public void The_factors_of_a_formula_above_are_no_terms(string body, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-as-term", Card("TermDefinition", "What is Precision?", "4 bytes for FP32, 2 bytes for FP16", "Precision", context: "KV Cache",
            section: Parsed("## KV Cache\n\n" + body), script: ItemScript.English)));

    [Theory]
    [InlineData("d_{model}", true)]
    [InlineData("d model", false)]
    public void A_subscripted_symbol_is_a_formula(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-as-term", Card("TermDefinition", $"What is {term}?", "Dimensions of the embeddings", term, context: "KV Cache", script: ItemScript.English)));

    [Theory]
    [InlineData("Suppose the retrieved chunks for the query are:", true)]
    [InlineData("If Top-2 (K=2) is chosen:", true)]
    [InlineData("Examples:", false)]
    [InlineData("The retrieval layer keeps:", false)]
    public void The_data_of_an_example_are_no_terms(string lead, bool dropped) =>
        Assert.Equal(dropped, Fires("example-entry", Card("TermDefinition", "What is Chunk 3?", "\"Munnar is famous for tea plantations.\"", "Chunk 3", context: "Context Builder",
            section: Parsed($"## Context Builder\n\n{lead}\n\n- Chunk 3: \"Munnar is famous for tea plantations.\"\n- Chunk 4: \"Kochi is a port city.\"\n"), script: ItemScript.English)));

    [Theory]
    [InlineData("第四章 决策树", "ML notes", true)]
    [InlineData("4.3 剪枝处理", "ML notes", true)]
    [InlineData("4.3 剪枝处理", "ML notes › 剪枝处理", false)]
    [InlineData("剪枝有两种：", "ML notes", false)]
    public void An_unmarked_chapter_line_must_be_the_context(string lead, string context, bool dropped) =>
        Assert.Equal(dropped, Fires("context-skips-title", Card("TermDefinition", "“预剪枝”指什么？", "边算边决定是否分支", "预剪枝", context: context,
            section: Parsed($"# ML notes\n\n{lead}\n\n1. 预剪枝：边算边决定是否分支\n2. 后剪枝：先生成整棵树再剪\n"))));

    [Theory]
    [InlineData("Observation", true)]
    [InlineData("Observation space", false)]
    public void An_observation_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Poor initialization = vanishing/exploding gradients", term, context: "Initialization", script: ItemScript.English)));
}
