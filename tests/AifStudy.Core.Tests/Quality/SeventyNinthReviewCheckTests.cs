using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>A sixth development review of 120 never-judged items (triage90): counts, frequencies and cut clauses as terms, a list dash, a product's name.</summary>
public sealed class SeventyNinthReviewCheckTests
{
    [Theory]
    [InlineData("Two main types of AI", true)]
    [InlineData("Three kinds", true)]
    [InlineData("Two-tower model", false)]
    public void A_count_of_kinds_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What are {term}?", "Discriminative (classify, analyze) vs Generative (create, generate)", term, context: "Introduction to Generative AI", script: ItemScript.English)));

    [Theory]
    [InlineData("每週", true)]
    [InlineData("Weekly", true)]
    [InlineData("周期性", false)]
    public void A_frequency_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什麼？", "群體公平性報告", term, context: "監控頻率", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("状态函数可以分解为", true)]
    [InlineData("价值函数表示为", true)]
    [InlineData("状态价值函数", false)]
    public void A_clause_cut_before_its_object_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "即时奖励加后继状态的折扣值", term, context: "贝尔曼期望方程")));

    [Theory]
    [InlineData("- Sequence Length is maximum sequence length of the sentence", true)]
    [InlineData("Sequence length - the maximum length of the sentence", false)]
    public void A_list_dash_left_before_a_back_is_markup(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("markup", Card("TermDefinition", "What is seqlen?", back, "seqlen", context: "KV Cache", script: ItemScript.English)));

    [Theory]
    [InlineData("DeepLens", "What is")]
    [InlineData("Amazon WorkSpaces", "What is")]
    [InlineData("LLMs", "What are")]
    [InlineData("SageMaker Endpoints", "What are")]
    public void A_name_run_together_is_one_thing(string term, string frame) =>
        Assert.Equal(frame, CardText.WhatIs(term));

    [Theory]
    [InlineData("我的实践心得", true)]
    [InlineData("Lessons Learned", true)]
    [InlineData("输出格式", false)]
    public void The_authors_lessons_are_a_summary(string title, bool dropped)
    {
        var section = Section("- **格式即约束**：输出格式是最强的约束手段", "提示词工程", title);
        Assert.Equal(dropped, Fires("summary-section", Card("TermDefinition", "“格式即约束”指什么？", "输出格式是最强的约束手段", "格式即约束", section: section)));
    }

    [Theory]
    [InlineData("后续发展", "BERT › 后续发展")]
    [InlineData("相关工作", "BERT › 相关工作")]
    [InlineData("预训练任务", "预训练任务")]
    public void What_came_after_is_placed_under_its_topic(string title, string context)
    {
        var note = new Core.Notes.NoteParser().Parse($"# BERT\n\n## {title}\n\n- **XLNet**：排列语言模型，自回归预训练\n", "n.md");
        Assert.Equal(context, SubjectContext.Nearest(note.Sections.Single(s => s.ListItems.Count > 0), "XLNet"));
    }

    [Fact]
    public void An_exam_domain_is_a_label() =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", "What is Exam Domain?", "Generative AI and Foundation Models (approx. 20% of exam)", "Exam Domain", context: "Generative AI Model Fundamentals", script: ItemScript.English)));
}
