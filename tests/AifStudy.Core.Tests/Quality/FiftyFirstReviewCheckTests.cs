using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 64: a wrong metric formula, a field named by rank, a name run into its first field.</summary>
public sealed class FiftyFirstReviewCheckTests
{
    [Theory]
    [InlineData("F1 score", "precision and recall (TP) / (TP + FP + FN)", true)]
    [InlineData("F1 score", "the harmonic mean of precision and recall, 2TP / (2TP + FP + FN)", false)]
    [InlineData("Precision", "TP / (TP + FN)", true)]
    [InlineData("Precision", "of the predicted positives, the share that is right: TP / (TP + FP)", false)]
    [InlineData("Recall", "the ratio of true positives to all actual positives (TP) / (TP + FN)", false)]
    [InlineData("召回率", "TP / (TP + FP)", true)]
    [InlineData("Classification accuracy", "the ratio of correct predictions to all predictions (TP + TN) / (TP + TN + FP + FN)", false)]
    [InlineData("Perplexity", "TP / (TP + FP)", false)]
    public void A_confusion_matrix_formula_must_fit_its_metric(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("wrong-formula", Card("TermDefinition", $"What is {term}?", back, term, script: ItemScript.English)));

    [Theory]
    [InlineData("Primary Method", true)]
    [InlineData("Key Feature", true)]
    [InlineData("Best Use Case", true)]
    [InlineData("Direct Preference Optimization", false)]
    public void A_field_named_by_rank_and_kind_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Reinforcement Learning from Human Feedback, with a reward model.", term, script: ItemScript.English)));

    [Fact]
    public void A_name_run_into_its_first_field_is_no_term()
    {
        var note = new NoteParser().Parse("""
            ## S3 Storage Classes

            - `S3 Standard` - availability: `99.99%`, durability: `11 9's`, latency: `millisecond`.
            - `S3 Infrequent Access` - availability: `99.9%`, durability: `11 9's`.
            - Lifecycle rule: moves objects between classes on a schedule.
            """, "s3.md");

        Assert.Equal(["Lifecycle rule"], note.Sections.SelectMany(s => s.Definitions).Select(d => d.Term));
    }
}
