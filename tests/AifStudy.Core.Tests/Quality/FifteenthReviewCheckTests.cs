using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after run 23: numbered labels, lines that answer a why-question or a "what … don't" frame, backs
/// that are only a figure, and a field name in code glued to the text after it.
/// </summary>
public sealed class FifteenthReviewCheckTests
{
    [Theory]
    [InlineData("问题 1", true)]
    [InlineData("问题2", true)]
    [InlineData("修改方案", true)]
    [InlineData("Problem 3", true)]
    [InlineData("问题分解", false)]
    public void A_numbered_problem_or_a_fix_is_a_label(string text, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(text));

    [Theory]
    [InlineData("What LLMs don’t know", true)]
    [InlineData("Why LLMs hallucinate", true)]
    [InlineData("为什么需要 RAG", true)]
    [InlineData("How RAG Works", false)]
    [InlineData("What is RAG", false)]
    public void A_line_that_answers_a_why_or_a_what_not_frame_does_not_define(string parent, bool fires)
    {
        var section = Section("- " + parent + "\n    - Real time data: trained on past data", "Introduction to RAG");
        Assert.Equal(fires, Fires("attribute-as-term", Card("TermDefinition", "What is Real time data?", "trained on past data", "Real time data", context: "Introduction to RAG › " + parent, section: section)));
    }

    [Theory]
    [InlineData("only a few thousand tokens", true)]
    [InlineData("约 1T tokens", true)]
    [InlineData("~10,000 - 100,000 tokens", true)]
    [InlineData("6B", true)]
    [InlineData("the number of tokens a model reads at once", false)]
    public void A_back_that_is_only_a_figure_says_not_what(string back, bool fires) =>
        Assert.Equal(fires, Fires("quantity-back", Card("TermDefinition", "What are Smaller models?", back, "Smaller models")));

    [Fact]
    public void A_field_name_in_code_glued_to_its_text_is_no_term()
    {
        var note = new NoteParser().Parse("""
            ## reward model

            训练数据-用户偏好数据：三元组

            `question`什么是数据库？

            `chosen`数据库是一个有组织的数据集合，允许高效的数据存储、检索和管理。

            `rejected`数据库用于存储数据。

            数据仓库是一种面向分析的数据存储系统，用于汇总多个来源的历史数据。
            """);

        var cards = AifStudy.Core.Flashcards.CardGenerator.Generate(note, "rl");
        Assert.DoesNotContain(cards, c => c.Front.Contains("chosen", StringComparison.Ordinal));
    }
}

/// <summary>The checks added after run 24: a back cut off mid-sentence, lines after a lead that rates or sums up, notation labels.</summary>
public sealed class SixteenthReviewCheckTests
{
    [Theory]
    [InlineData("Likelihood in converted to Log likelihood because,", true)]
    [InlineData("主要包括：", true)]
    [InlineData("在模型的输入或隐层添加额外可训练的前缀 tokens；", false)]
    [InlineData("A function that measures how good the output is.", false)]
    public void A_back_cut_off_mid_sentence_is_half_an_answer(string back, bool fires) =>
        Assert.Equal(fires, Fires("cut-off-back", Card("TermDefinition", "What is Objective function?", back, "Objective function")));

    [Theory]
    [InlineData("其与一般平均法的优势在于：\n1. 代码量小，只需要一行代码\n2. 内存占用小：它只需要存储前一天的数据即可", "内存占用小")]
    [InlineData("Key Takeaways and Important Points from the paper (Ongoing Research)\n* Consistency: Benchmark results are consistent across runs.", "Consistency")]
    public void A_line_after_a_lead_that_rates_or_sums_up_does_not_define(string markdown, string term) =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", $"What is {term}?", "…", term, section: Section(markdown, "LoRA"))));

    [Theory]
    [InlineData("notation", true)]
    [InlineData("forward", true)]
    [InlineData("Comparison with One hot Vector", true)]
    [InlineData("Word2Vec", false)]
    public void Notation_and_comparison_labels_are_no_terms(string text, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(text));
}
