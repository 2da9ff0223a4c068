using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Run 83's causes: a phase as a term, a facet of the entry above, a learning aim as a definition, the object of a process as its definition.</summary>
public sealed class SeventiethReviewCheckTests
{
    private static NoteSection Parsed(string markdown) => new NoteParser().Parse(markdown, "n.md").Sections.Single(s => s.ListItems.Count > 0);

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
