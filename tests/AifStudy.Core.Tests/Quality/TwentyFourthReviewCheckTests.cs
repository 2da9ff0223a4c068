using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 34: advice to the reader written after (or as) a definition.</summary>
public sealed class TwentyFourthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Theory]
    [InlineData("How you make your models available for others to use. Understand how to deploy models for online prediction.", "How you make your models available for others to use.")]
    [InlineData("A central repository for features. Make sure you know when to use it.", "A central repository for features.")]
    [InlineData("托管的特征存储。务必掌握它与离线存储的区别。", "托管的特征存储。")]
    [InlineData("A managed service that trains models. It scales to many GPUs.", "A managed service that trains models. It scales to many GPUs.")]
    [InlineData("Understand how to deploy models.", "Understand how to deploy models.")]
    [InlineData("Study of algorithms that improve with experience. Review the math.", "Study of algorithms that improve with experience. Review the math.")]
    public void Advice_after_a_definition_is_cut_off(string definition, string expected) =>
        Assert.Equal(expected, StudyAdvice.TrimTrailing(definition));

    [Fact]
    public void A_definition_read_from_a_note_ends_before_the_advice()
    {
        var parsed = Parser.Parse("# Vertex AI\n\n- **Vertex AI Endpoints**: How you make your models available for others to use. Understand how to deploy models for online prediction and the deployment options.\n- **Vertex AI Training**: Go beyond AutoML and explore custom training options, including pre-built containers.\n", "v.md");

        var definitions = parsed.Sections.SelectMany(s => s.Definitions).ToDictionary(d => d.Term, d => d.Definition);
        var cards = CardGenerator.Generate(parsed, "v", null, GenerationOptions.Default);

        Assert.Equal("How you make your models available for others to use.", definitions["Vertex AI Endpoints"]);
        Assert.DoesNotContain(cards, c => c.Back.Contains("Understand", StringComparison.Ordinal) || c.Back.Contains("Go beyond", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Go beyond AutoML and explore custom training options.", true)]
    [InlineData("Understand the deployment options.", true)]
    [InlineData("务必掌握三种部署方式。", true)]
    [InlineData("Study of algorithms that improve with experience.", false)]
    [InlineData("A service that understands text.", false)]
    public void A_back_that_is_advice_is_dropped(string back, bool advice) =>
        Assert.Equal(advice, Fires("finding-back", Card("TermDefinition", "What is Vertex AI Training?", back, "Vertex AI Training")));

    [Fact]
    public void An_option_that_is_advice_is_dropped() =>
        Assert.True(Fires("advice-option", Choice("Which of the following describes \"Vertex AI Training\"?", "Go beyond AutoML and explore custom training options.",
            ["A managed feature repository for serving features.", "A service that hosts models for online prediction.", "A tool that tracks experiment runs and metrics."], "Vertex AI Training", script: ItemScript.English)));
}

public sealed class RemarkBackTests
{
    [Theory]
    [InlineData("These are essential for building real-world ML systems.", true)]
    [InlineData("It is increasingly important for model transparency.", true)]
    [InlineData("It is a managed service that orchestrates ML workflows.", false)]
    public void A_back_that_only_says_how_much_a_term_matters_is_dropped(string back, bool remark) =>
        Assert.Equal(remark, Fires("finding-back", Card("TermDefinition", "What is Vertex AI Pipelines?", back, "Vertex AI Pipelines")));
}

/// <summary>Checks from blind run 35: a back opening with a pronoun, plural field labels.</summary>
public sealed class TwentyFifthReviewCheckTests
{
    [Theory]
    [InlineData("its Too good at our learning problem", true)]
    [InlineData("Their outputs are averaged over many trees.", true)]
    [InlineData("A model too complex for its training data, which memorises noise.", false)]
    [InlineData("Iterative algorithm that assigns points to the nearest centroid.", false)]
    public void A_back_opening_with_a_pronoun_is_dropped(string back, bool pronoun) =>
        Assert.Equal(pronoun, Fires("pronoun-back", Card("TermDefinition", "What is high variance low bias?", back, "high variance low bias")));

    [Theory]
    [InlineData("Inputs")]
    [InlineData("Outputs")]
    public void Plural_field_labels_are_no_terms(string term) => Assert.True(SubjectChecks.IsLabel(term));
}
