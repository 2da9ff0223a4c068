using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 46: an English description the Chinese name translates, a back that unpacks its term, a condition as a term.</summary>
public sealed class ThirtyFourthReviewCheckTests
{
    [Fact]
    public void An_english_description_that_the_chinese_name_translates_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应「ReAct 提示规范」中的哪个术语？「Final Answer 不应该绕过 Observation 自己编结论」", "最终答案要和中间观察对齐",
            ["每一步只调用一个工具", "思考要写出理由"], answerIsTerm: true)));
        Assert.True(Fires("giveaway-shared-words", Choice("下列哪一项是对「最终答案要和中间观察对齐」的描述？", "Final Answer 不应该绕过 Observation 自己编结论",
            ["每一步只调用一个工具，避免并行", "思考时写出为什么选这个工具"], "最终答案要和中间观察对齐")));
    }

    [Theory]
    [InlineData("MSE（均方誤差）", "對誤差平方後取平均", true)]
    [InlineData("均方误差", "预测值与真实值之差的平方的平均，对大误差更敏感，常用于回归任务的损失函数", false)]
    [InlineData("嵌入层", "将输入文本转换为称为嵌入的向量表示", false)]
    public void A_back_that_only_unpacks_its_chinese_term_is_dropped(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("term-unpacked", Card("TermDefinition", $"“{term}”指什麼？", back, term, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("若 x_t 遠離決策邊界", true)]
    [InlineData("如果模型过拟合", true)]
    [InlineData("When the data drifts", true)]
    [InlineData("当前状态", false)]
    [InlineData("若干样本", false)]
    [InlineData("决策边界", false)]
    public void A_condition_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "模型对该样本的预测很有信心，可以当作伪标签使用", term)));
}

/// <summary>Checks from blind run 47: a topic named before its label places what is under it, numbered tactics, a back that restates its term's words in other forms.</summary>
public sealed class ThirtyFifthReviewCheckTests
{
    [Fact]
    public void A_title_that_names_its_topic_before_a_label_places_the_items_under_it()
    {
        var section = Items.Section("1. **檢索階段**：\n   - **查詢生成**：首先生成一個查詢。\n", "RAG 入門教學", "RAG 的工作原理");

        Assert.Equal("RAG 的工作原理 › 檢索階段", SubjectContext.Place(section, "檢索階段"));
        Assert.Equal("神经网络 › 优点", SubjectContext.Place(Items.Section("- **训练快**：并行", "神经网络", "优点"), "优点"));
    }

    [Theory]
    [InlineData("Tactic 4", true)]
    [InlineData("Principle 2", true)]
    [InlineData("Tactics", false)]
    public void A_numbered_tactic_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Ask the model to check whether conditions are satisfied before it answers.", term, script: ItemScript.English)));

    [Theory]
    [InlineData("Reliability and Safety", "AI systems should perform reliably and safely", true)]
    [InlineData("Privacy and Security", "AI systems should be secure and respect privacy", true)]
    [InlineData("Fairness", "AI systems should treat all people fairly, whatever their gender, ethnicity or age, and not reinforce bias", false)]
    [InlineData("Reliability", "The share of requests a service answers correctly over a month", false)]
    public void A_back_that_restates_the_terms_words_in_other_forms_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"What is {term}? (Responsible AI)", back, term, script: ItemScript.English)));
}

/// <summary>Checks from blind run 49: a sentence's subject and a list's step taken as terms, a usage label, a Chinese gloss of an English set's name.</summary>
public sealed class ThirtySixthReviewCheckTests
{
    [Theory]
    [InlineData("整条P-R曲线", true)]
    [InlineData("每个样本", true)]
    [InlineData("再把取回結果注入 prompt", true)]
    [InlineData("先把长对话做摘要", true)]
    [InlineData("使用", true)]
    [InlineData("P-R曲线", false)]
    [InlineData("最后一层", false)]
    [InlineData("先验概率", false)]
    [InlineData("再训练", false)]
    public void A_subject_with_its_quantifier_a_step_or_a_usage_label_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "通过将阈值从高到低移动而生成的曲线", term))
            || Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "通过将阈值从高到低移动而生成的曲线", term)));

    [Fact]
    public void A_chinese_gloss_of_an_english_sets_name_gives_it_away() =>
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应「Setting up your ML Application」中的哪个术语？「最后利用测试集对模型进行测试，获取模型运行的无偏估计。」",
            "Test Set", ["Development Set", "Train Set"], answerIsTerm: true, script: ItemScript.Simplified)));
}

/// <summary>Checks from blind run 50: a method's bullet fields taken as terms, a summary's verdicts as definitions.</summary>
public sealed class ThirtySeventhReviewCheckTests
{
    [Theory]
    [InlineData("Reweights samples", true)]
    [InlineData("Combines weak learners", true)]
    [InlineData("Related", true)]
    [InlineData("Random Forest", false)]
    [InlineData("Samples", false)]
    public void A_methods_field_or_a_predicate_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "Increase weight of misclassified samples", term, script: ItemScript.English))
            || Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Increase weight of misclassified samples", term, script: ItemScript.English)));

    [Theory]
    [InlineData("总结", true)]
    [InlineData("Summary", true)]
    [InlineData("特征选择方法", false)]
    public void A_summarys_verdicts_are_not_definitions(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "“嵌入法”指什么？", "性能和效率兼顾，适合大多数场景，尤其是使用线性模型（Lasso）或树模型时。", "嵌入法",
            section: Items.Section("- **嵌入法**：性能和效率兼顾，适合大多数场景，尤其是使用线性模型（Lasso）或树模型时。", "特征工程", title))));
}
