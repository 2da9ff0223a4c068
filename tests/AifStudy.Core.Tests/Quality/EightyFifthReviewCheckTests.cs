using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Run 96's failures (82.8 %, 1 broken; other authors' questions 6/15): wrong options from other kinds in a list that a
/// lead-in item splits, a course's own "for the purpose of this course" line and a label offered as options, a figure's
/// colours and symbols asked as terms, a category's members as a back, and an English term whose Chinese says the back.
/// Dev101's: wrong options drawn from a list that is a run of notes rather than a glossary. Run 97's: a glossary in
/// alphabetical order (a metric beside a notebook) offered as wrong options of one kind.
/// </summary>
public sealed class EightyFifthReviewCheckTests
{
    private const string Oci = """
        # OCI Generative AI

        ## LLMs

        1. Embedding: The process of converting a sequence of words into a single vector or a sequence of vectors.
        2. Prompt Engineering: The process of iteratively refining the model input to induce a distribution we like.
        3. Issues with prompting: Can be used to elicit unintended or harmful behaviour from a model.
        4. Decoding Types:
        1. Greedy decoding: Pick the word in the vocabulary with the highest probability.
        2. Nucleus Sampling: Govern precisely what portion of the distribution you are allowed to sample from.
        3. Beam Search: Outputs sequences that have higher joint probability than those of greedy decoding.
        """;

    [Fact]
    public void The_entries_after_a_lead_in_item_are_one_list()
    {
        var definitions = QuizDefinition.Of(new QuizContext(new NoteParser().Parse(Oci, "oci.md"), "oci", null, 1));
        string ListOf(string term) => definitions.Single(d => d.Term == term).List;

        Assert.Equal(ListOf("Greedy decoding"), ListOf("Beam Search"));
        Assert.Equal(ListOf("Greedy decoding"), ListOf("Nucleus Sampling"));
        Assert.NotEqual(ListOf("Greedy decoding"), ListOf("Embedding"));
    }

    [Theory]
    [InlineData("Issues with prompting")]
    [InlineData("For the purpose of this course")]
    [InlineData("ML main idea")]
    [InlineData("W_f")]
    public void A_label_a_clause_or_a_symbol_is_never_an_option(string term)
    {
        var note = $"# Data Science\n\n## Introduction\n\n* Data Science - Processes and systems to extract knowledge or insights from data\n* {term} - Managing, analyzing and visualizing data in support of the ML workflow\n* Machine Learning - set of algorithms that improve their predictions by learning from data\n* Training set - labeled examples of inputs and their observed targets\n";
        var definitions = QuizDefinition.Of(new QuizContext(new NoteParser().Parse(note, "ds.md"), "ds", null, 1));

        Assert.DoesNotContain(definitions, d => d.Term == term);
        Assert.Contains(definitions, d => d.Term == "Data Science");
    }

    [Theory]
    [InlineData("黃色")]
    [InlineData("粗黑點")]
    [InlineData("Training styles")]
    [InlineData("ML main idea")]
    public void A_colour_a_mark_or_a_category_is_a_label(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{term}”指什麼？", "表示兩個訊號的連接(向量拼接)", term, context: "LSTM", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Training Set（训练集）", "用于训练模型的数据", true)]
    [InlineData("Test Set（测试集）", "用于最终评估模型的数据", false)]
    [InlineData("Training Set（训练集）", "模型拟合参数时看到的样本", false)]
    public void An_english_terms_chinese_that_says_the_back_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"“{term}”指什么？", back, term, context: "监督学习词汇表")));

    [Fact]
    public void A_run_of_notes_gives_no_wrong_options_of_one_kind()
    {
        const string note = """
            # Data Science

            ## Introduction

            * Data Science - Processes and systems to extract knowledge or insights from data
            * DS provides the workflow for collecting high quality data used to train models
            * Machine Learning - set of algorithms that improve their predictions by learning from data
            * Data must be quality and specific to the problem you are trying to solve
            * Training set - labeled examples of inputs and their observed targets
            * A lot of data is available

            ## Metrics

            * Accuracy - the proportion of predictions that the model got right
            * Recall - the proportion of positive cases the model found
            * Precision - the proportion of predicted positives that are positive
            * F1-score - an overall metric that combines recall and precision
            """;
        var definitions = QuizDefinition.Of(new QuizContext(new NoteParser().Parse(note, "ds.md"), "ds", null, 1));
        QuizDefinition Of(string term) => definitions.Single(d => d.Term == term);

        Assert.True(Of("Training set").MixedList);
        Assert.NotEqual(0, Of("Training set").TierOf(Of("Data Science")));
        Assert.False(Of("Accuracy").MixedList);
        Assert.Equal(0, Of("Accuracy").TierOf(Of("Recall")));
    }

    [Fact]
    public void An_alphabetical_glossary_gives_no_wrong_options_of_one_kind()
    {
        const string note = """
            # Glossary

            ## Terms

            * Accuracy: the number of correct predictions divided by the total number of predictions
            * Anomaly Detection: finding data points that do not fit a recognised pattern
            * Area Under the Curve: the share of the area under the ROC curve
            * API: interfaces that let applications and systems talk to each other
            * Artificial Intelligence: the ability of a computer to simulate human cognitive behaviour
            * Confusion matrix: a table of predicted against actual values for a classifier
            * Differential privacy: a technique that perturbs each data point with a constant error term
            * Homomorphic encryption: encryption that allows calculations on encrypted data
            * Jupyter Notebook: a virtual notebook where developers combine code and visualisations
            * Overfitting: a model that memorises its training data and fails on new data

            """;
        var definitions = QuizDefinition.Of(new QuizContext(new NoteParser().Parse(note, "glossary.md"), "g", null, 1));

        Assert.All(definitions, d => Assert.True(d.MixedList));
        Assert.NotEqual(0, definitions[0].TierOf(definitions[1]));
    }
}
