using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Notes;

/// <summary>Notes written on a template, one section per term, whose "What it is:" or "定义：" field defines the section's title.</summary>
public sealed class TitledFieldTests
{
    private const string Template = """
        ## 🧠 Managing Models with Amazon SageMaker AI

        ### 3️⃣ SageMaker Ground Truth

        **What it is:**
        A managed data labeling service for creating high-quality training datasets.

        **Used for:**
        - Human and automated data labeling

        ### 4️⃣ SageMaker Model Monitor

        **What it is:**
        A service for continuously monitoring deployed models for data and model quality issues.

        ### 5️⃣ SageMaker Clarify

        **What it is:**
        A tool for explaining model predictions and detecting bias.

        ### 6️⃣ SageMaker Model Registry

        **What it is:**
        A centralized repository for versioning and managing trained models.

        ## The Deep Learning Revolution

        - **Definition**: Machine learning using artificial neural networks with multiple layers.
        """;

    private static readonly ParsedNote Note = new NoteParser().Parse(Template, "sm.md");

    [Fact]
    public void The_field_defines_the_section_title_without_its_number_or_emoji()
    {
        var ground = Note.Sections.Single(s => s.Title.Contains("Ground Truth", StringComparison.Ordinal));

        var d = Assert.Single(ground.Definitions);
        Assert.Equal("SageMaker Ground Truth", d.Term);
        Assert.Equal("A managed data labeling service for creating high-quality training datasets.", d.Definition);
        Assert.Equal(TermDefinitionKind.TitledField, d.Kind);
    }

    [Fact]
    public void A_headline_title_is_not_the_term_its_definition_defines() =>
        Assert.DoesNotContain(Note.Sections.SelectMany(s => s.Definitions), d => d.Term.Contains("Revolution", StringComparison.Ordinal));

    [Fact]
    public void The_cards_ask_for_the_titles()
    {
        var fronts = CardGenerator.Generate(Note, "sm").Select(c => c.Front).ToList();

        Assert.Contains(fronts, f => f.StartsWith("What is SageMaker Clarify?", StringComparison.Ordinal));
        Assert.DoesNotContain(fronts, f => f.Contains("What it is", StringComparison.Ordinal));
    }

    [Fact]
    public void Sibling_sections_on_one_template_are_each_others_wrong_options()
    {
        var q = QuestionGenerator.Generate(Note, "sm", 5, 1).First(q => q.Prompt.Contains("describes \"SageMaker Clarify", StringComparison.Ordinal));

        Assert.Contains("A tool for explaining model predictions and detecting bias.", q.Options);
        Assert.True(q.Options.Count >= 3);
    }
}
