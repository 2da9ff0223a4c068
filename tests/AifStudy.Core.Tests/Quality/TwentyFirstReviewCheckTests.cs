using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 30: reasons under a why-question taken as terms, a role given as a definition, a formula's symbol as a term.</summary>
public sealed class TwentyFirstReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    private const string WhyList = """
        # Deep Learning with Python

        6. Why deep learning thrive now?
            1. Hardware: gaming market subsidized supercomputing/GPU for AI application.
            2. Datasets: internet make more data and data is easy to get.
        7. Tensor: a container for data, almost always numerical data, with axes, a shape and a data type.
        """;

    [Fact]
    public void Reasons_under_a_why_question_are_no_terms_and_a_definition_beside_them_stays()
    {
        var parsed = Parser.Parse(WhyList, "d.md");

        var cards = CardGenerator.Generate(parsed, "d", null, GenerationOptions.Default);

        Assert.DoesNotContain(parsed.Sections.SelectMany(s => s.Definitions), d => d.Term is "Hardware" or "Datasets");
        Assert.DoesNotContain(cards, c => c.Front.Contains("Hardware", StringComparison.Ordinal) || c.Front.Contains("Datasets", StringComparison.Ordinal));
        Assert.Contains(parsed.Sections.SelectMany(s => s.Definitions), d => d.Term == "Tensor");
    }

    [Fact]
    public void A_section_titled_as_a_why_question_gives_no_definitions()
    {
        var parsed = Parser.Parse("# RAG\n\n## Why use RAG?\n\n- **Cost**: cheaper than fine-tuning a model on the same documents.\n- **Freshness**: the documents can change without retraining anything.\n\n## Terms\n\n- **Embedding**: a vector of numbers that stands for the meaning of a text.\n", "r.md");

        Assert.Empty(parsed.Sections.Single(s => s.Title == "Why use RAG?").Definitions);
        Assert.Single(parsed.Sections.Single(s => s.Title == "Terms").Definitions);
    }

    [Theory]
    [InlineData("Why deep learning thrive now?", true)]
    [InlineData("6. why is data so important", true)]
    [InlineData("大模型为什么会产生幻觉？", true)]
    [InlineData("模型失败的原因", true)]
    [InlineData("What are the types of machine learning?", false)]
    [InlineData("Whyte's theorem", false)]
    [InlineData("机器学习的类型", false)]
    public void A_why_question_is_told_from_other_titles(string title, bool why) =>
        Assert.Equal(why, DefinitionReader.IsWhyQuestion(title));

    [Theory]
    [InlineData("代价敏感学习（cost-sensitive learning）的基础", true)]
    [InlineData("是深度学习的核心", true)]
    [InlineData("MLOps 的重要组成部分。", true)]
    [InlineData("the basis of cost-sensitive learning", true)]
    [InlineData("A key part of MLOps", true)]
    [InlineData("一种通过调整类别权重来处理类别不平衡的方法，是代价敏感学习的基础", false)]
    [InlineData("the part of a prompt that tells the model which task to perform", false)]
    [InlineData("A component of the transformer that weighs every token against every other token", false)]
    [InlineData("把预测值按类别比例重新缩放的做法", false)]
    public void A_role_is_not_what_a_term_is(string back, bool role) =>
        Assert.Equal(role, Fires("role-back", Card("TermDefinition", "“再缩放”指什么？", back, "再缩放")));

    [Fact]
    public void A_role_as_the_description_a_reverse_card_quotes_is_dropped_too() =>
        Assert.True(Fires("role-back", Card("DefinitionTerm", "这是哪个术语？\n\n代价敏感学习的基础", "再缩放", "再缩放", answerIsTerm: true, context: null)));

    [Theory]
    [InlineData("xi", true)]
    [InlineData("w_i", true)]
    [InlineData("θ", true)]
    [InlineData("b'", true)]
    [InlineData("AI", false)]
    [InlineData("ML", false)]
    [InlineData("Tensor", false)]
    [InlineData("嵌入", false)]
    public void A_symbol_of_a_formula_is_no_term(string term, bool symbol) =>
        Assert.Equal(symbol, Fires("formula-as-term", Card("TermDefinition", $"“{term}”指什么？（基本形式）", "x 在第 i 个属性上的取值", term)));
}

/// <summary>Checks from blind run 31: course-outline labels, 优缺点 and primers as terms, a description cut after a list comma.</summary>
public sealed class TwentySecondReviewCheckTests
{
    [Theory]
    [InlineData("LEARNING PATH 1", true)]
    [InlineData("Learning Path 3", true)]
    [InlineData("Topic 2", true)]
    [InlineData("优缺点", true)]
    [InlineData("Linear Algebra primer", true)]
    [InlineData("Primer", true)]
    [InlineData("Pros and Cons", true)]
    [InlineData("Path", false)]
    [InlineData("包裹式（wrapper）", false)]
    public void Outline_and_verdict_labels_are_no_terms(string term, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(term));

    [Theory]
    [InlineData("LLM Cost", true)]
    [InlineData("RAG Benefits", true)]
    [InlineData("Cost Function", false)]
    [InlineData("Development cost", false)]
    [InlineData("Cost", true)]
    public void A_topic_run_into_an_english_label_is_no_term(string term, bool label) =>
        Assert.Equal(label, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "It based on input and output tokens.", term)));

    [Theory]
    [InlineData("以下描述对应「缺失值处理」中的哪个术语？「统计量：均值、众数、中位数、」", true)]
    [InlineData("such as mean, median,", true)]
    [InlineData("统计量：均值、众数、中位数", false)]
    [InlineData("以下描述对应「缺失值处理」中的哪个术语？「用统计量填补缺失的值」", false)]
    [InlineData("Mean, median and mode.", false)]
    public void A_text_cut_after_a_list_comma_is_a_fragment(string text, bool cut) =>
        Assert.Equal(cut, TextChecks.EndsOnComma(text));

    [Fact]
    public void A_question_quoting_a_cut_description_is_dropped() =>
        Assert.True(Fires("dangling-comma", Card("MultipleChoice", "以下描述对应「缺失值处理」中的哪个术语？「统计量：均值、众数、中位数、」", "插值", "插值", answerIsTerm: true)));
}

/// <summary>Checks from blind run 32: a list's lead-in verb as a context, a word of the term in another form in the right option.</summary>
public sealed class TwentyThirdReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void A_lead_in_that_a_list_completes_is_no_context_and_the_section_names_it_instead()
    {
        var parsed = Parser.Parse("# Get started with AI on Azure\n\n## Computer Vision\n\n- Azure provides:\n  - Custom Vision: train custom image classification and object detection models for your own images\n  - Face: detect, analyse and recognise human faces in images and video streams\n", "a.md");

        var cards = CardGenerator.Generate(parsed, "a", null, GenerationOptions.Default);

        var card = Assert.Single(cards, c => c.Front.StartsWith("What is Custom Vision?", StringComparison.Ordinal));
        Assert.DoesNotContain("provides", card.Front, StringComparison.Ordinal);
        Assert.Contains("Computer Vision", card.Front, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_the_term_in_another_form_gives_the_right_description_away()
    {
        var item = Choice("Which of the following describes \"Data and Compute Management\"?",
            "data storage and computing resources to experiment at scale",
            ["GUI enabling no-code development of ML models", "creates models from data automatically", "orchestrate model training, deployment and managing tasks"],
            "Data and Compute Management", script: ItemScript.English);

        Assert.True(GiveawayChecks.SharedWords(item));
    }
}
