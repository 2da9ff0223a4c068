using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Notes;

/// <summary>
/// Two ways notes define terms that gave no items (corpus 64): a cheat sheet's "- Term | definition" list, and a
/// "### Definition" heading under the term's own heading.
/// </summary>
public sealed class PipeAndHeadingFieldTests
{
    private const string CheatSheet = """
        # AWS Exam

        ## Metrics

        - Classification accuracy | the ratio of correct predictions to all predictions
        - Recall | the ratio of true positives to all actual positives
        - Perplexity | probability of a model to generate a given sequence of words
        - BERTScore | compares the generated text to a reference text with embeddings

        ## Choices

        - Use RAG when facts change | fine-tune when style matters
        - Either A | B is fine for the exam, or none
        """;

    private const string Drift = """
        # What Is Drift in MLOps?

        # 1️⃣ **Data Drift (Feature Drift)**

        ### 📌 Definition

        Data drift happens when the **input data distribution changes** over time compared to training data.

        ### 💡 Example

        You trained a fraud detection model on 2023 user behavior.

        # 2️⃣ **Concept Drift**

        ### 📌 Definition

        A change in the relationship between the inputs and the output.

        # 3️⃣ **Label Drift**

        ### 📌 Definition

        A change in the distribution of the target labels.

        # 4️⃣ **Monitoring**

        ### 📌 Example

        Population Stability Index compares two distributions.
        """;

    [Fact]
    public void A_list_that_writes_term_and_definition_apart_with_a_bar_defines_its_terms()
    {
        var metrics = new NoteParser().Parse(CheatSheet, "aws.md").Sections.Single(s => s.Title == "Metrics");

        Assert.Equal(4, metrics.Definitions.Count);
        Assert.Contains(metrics.Definitions, d => d.Term == "Recall" && d.Definition == "the ratio of true positives to all actual positives");
    }

    [Fact]
    public void Two_bars_in_a_line_or_a_list_of_fewer_than_three_define_nothing()
    {
        var choices = new NoteParser().Parse(CheatSheet, "aws.md").Sections.Single(s => s.Title == "Choices");

        Assert.Empty(choices.Definitions);
        Assert.Empty(new NoteParser().Parse("- Recall | the share of positives found\n- Precision and more\n- F1 | A | B", "a.md").Sections.SelectMany(s => s.Definitions));
    }

    [Fact]
    public void The_bar_list_gives_cards_and_questions() =>
        Assert.Contains(CardGenerator.Generate(new NoteParser().Parse(CheatSheet, "aws.md"), "aws"), c => c.Front.StartsWith("What is Perplexity?", StringComparison.Ordinal));

    [Fact]
    public void A_definition_heading_defines_its_parent_headings_term()
    {
        var note = new NoteParser().Parse(Drift, "drift.md");
        var definitions = note.Sections.SelectMany(s => s.Definitions).ToList();

        Assert.Equal(["Data Drift (Feature Drift)", "Concept Drift", "Label Drift"], definitions.Select(d => d.Term));
        Assert.All(definitions, d => Assert.Equal(TermDefinitionKind.TitledField, d.Kind));
        Assert.StartsWith("Data drift happens when the input data distribution changes", definitions[0].Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_under_sibling_headings_are_each_others_wrong_options()
    {
        var q = QuestionGenerator.Generate(new NoteParser().Parse(Drift, "drift.md"), "drift", 10, 1)
            .FirstOrDefault(q => q.Kind == QuestionKind.MultipleChoice && q.Options.Contains("Label Drift"));

        Assert.NotNull(q);
        Assert.Contains("Concept Drift", q.Options);
    }
}

/// <summary>A section titled "Core Capabilities and Use Cases" holds the capabilities too: the item's parent line decides.</summary>
public sealed class UseCasesBesideTests
{
    private const string Capabilities = """
        * **Key Services (What it does):**

            * **Language Detection:** Identifies the dominant language of the text.
            * **Topic Modeling:** Organizes a collection of text files by uncovering topics.

        * **Sample Use Cases:**

            * **Content Organization:** Feeding a large volume of articles in to group them by topic.
        """;

    [Theory]
    [InlineData("Core Capabilities and Use Cases", "Language Detection", false)]
    [InlineData("Core Capabilities and Use Cases", "Content Organization", true)]
    [InlineData("Use Cases", "Language Detection", true)]
    public void A_title_that_names_use_cases_beside_something_else_leaves_it_to_the_parent_line(string title, string term, bool dropped) =>
        Assert.Equal(dropped, AifStudy.Core.Tests.Quality.Items.Fires("use-case-restated", AifStudy.Core.Tests.Quality.Items.Card("TermDefinition", $"What is {term}?", "Identifies the dominant language of the text.", term,
            context: null, section: AifStudy.Core.Tests.Quality.Items.Section(Capabilities, "Amazon Comprehend", title), script: AifStudy.Core.Quality.ItemScript.English)));
}
