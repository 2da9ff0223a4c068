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

/// <summary>Checks from blind run 65: a lab's steps, risks beside their mitigations, a list of terms to know, an italic repeated label, fields among a topic's entries.</summary>
public sealed class FiftySecondReviewCheckTests
{
    [Theory]
    [InlineData("Hands-On Lab with Amazon Lex", true)]
    [InlineData("Lab-1 (Lesson 178)", true)]
    [InlineData("Demo: Bedrock playground", true)]
    [InlineData("Labeling data", false)]
    [InlineData("Amazon Lex", false)]
    public void A_labs_steps_are_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "What is Data Collection?", "Defines slots for required information (city, dates, car type).", "Data Collection",
            section: Section("4. **Data Collection**: Defines slots for required information (city, dates, car type).", "Amazon Lex", title), script: ItemScript.English)));

    [Theory]
    [InlineData("Generative AI Risks and Mitigation", true)]
    [InlineData("风险与应对措施", true)]
    [InlineData("Generative AI Risks", false)]
    public void Entries_under_risks_and_their_mitigations_pair_a_risk_with_a_fix(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What are Hallucinations?", "Managing incorrect but plausible-sounding assertions", "Hallucinations",
            context: null, section: Section("- **Hallucinations**: Managing incorrect but plausible-sounding assertions", "Security", title), script: ItemScript.English)));

    [Theory]
    [InlineData("Basic AI Terminology", true)]
    [InlineData("Key Terms", true)]
    [InlineData("Terminology drift", false)]
    public void The_heading_of_words_to_know_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "AI, ML, deep learning, neural networks, computer vision, NLP", term, script: ItemScript.English)));

    [Fact]
    public void A_label_repeated_in_italics_under_each_question_is_a_field()
    {
        var note = new NoteParser().Parse("""
            ## 常见面试问题

            1. **RAG系统中召回率低，如何排查？**
                - *考察点*：是否掌握从数据源质量、Embedding模型选型进行归因的能力。
            2. **请解释HyDE的工作原理。**
                - *考察点*：对高级Query改写策略的理解。
            """, "rag.md");

        Assert.Contains("考察点", FieldLabels.RepeatedIn(note));
    }

    [Fact]
    public void A_term_defined_in_bold_and_named_again_in_italics_is_no_field()
    {
        var note = new NoteParser().Parse("""
            ## Metrics

            * **Factual correctness**: whether the claims are true.

            ## Evaluating prompts

            * *Factual correctness*: check it against a source.
            """, "m.md");

        Assert.DoesNotContain("factualcorrectness", FieldLabels.RepeatedIn(note));
    }

    private const string LexIntro = """
        - **Purpose**: Build conversational interfaces using voice and text.
        - **Integration**: Combines speech recognition, natural language processing, and business logic.
        - **Usage**: Powers Amazon Alexa and other consumer products.
        """;

    private const string Learning = """
        - **监督学习**：使用带标签的数据训练模型。
            - **例子**：图像分类、垃圾邮件检测。
        - **无监督学习**：在无标签数据中发现结构。
            - **例子**：聚类分析、降维。
        - **强化学习**：智能体通过与环境交互学习。
        """;

    [Fact]
    public void An_entry_among_a_topics_fields_is_a_field() =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", "What is Integration?", "Combines speech recognition, natural language processing, and business logic.", "Integration",
            section: new NoteParser().Parse("## Introduction to Amazon Lex\n\n" + LexIntro, "lex.md").Sections[0], script: ItemScript.English)));

    [Fact]
    public void A_term_beside_other_terms_with_fields_under_them_is_a_term() =>
        Assert.False(Fires("label-as-term", Card("TermDefinition", "“强化学习”指什么？", "智能体通过与环境交互学习。", "强化学习",
            section: new NoteParser().Parse("## 主要类型\n\n" + Learning, "ml.md").Sections[0])));
}
