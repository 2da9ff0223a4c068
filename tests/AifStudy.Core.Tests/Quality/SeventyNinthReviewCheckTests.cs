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
}
