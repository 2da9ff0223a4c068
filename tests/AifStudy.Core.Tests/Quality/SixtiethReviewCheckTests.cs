using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks and readings from blind run 74: a numbered strategy, a plot among numbers, a footnote mark, a claim read as a definition.</summary>
public sealed class SixtiethReviewCheckTests
{
    [Theory]
    [InlineData("策略3", true)]
    [InlineData("建议2", true)]
    [InlineData("风险 1", true)]
    [InlineData("策略梯度", false)]
    public void A_numbered_strategy_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "请模型检查是否满足条件。", term)));

    [Theory]
    [InlineData(new[] { "F1-Score", "Precision", "Accuracy" }, true)]
    [InlineData(new[] { "F1-Score", "Precision-Recall Curve", "Accuracy" }, false)]
    public void A_plot_among_single_numbers_is_picked_by_its_kind(string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-kind", Choice("Which term (Classification Metrics) does this describe: \"Plots true positive rate (TPR) against false positive rate (FPR).\"?",
            "ROC Curve", others, answerIsTerm: true, script: ItemScript.English)));

    [Fact]
    public void A_description_that_plots_nothing_is_no_kind_giveaway() =>
        Assert.False(Fires("giveaway-kind", Choice("Which term does this describe: \"The harmonic mean of precision and recall.\"?",
            "F1-Score", ["ROC Curve", "Precision", "Accuracy"], answerIsTerm: true, script: ItemScript.English)));

    [Fact]
    public void A_footnote_mark_is_not_part_of_a_back()
    {
        const string note = """
            # Governance

            ## International Organization for Standardization (ISO)

            - ISO/IEC 27001: Information security management[^1500]
            - ISO/IEC 38500: IT governance[^1501]
            - ISO/IEC 23894: Artificial Intelligence &mdash; Risk Management[^1502]
            """;
        var cards = CardGenerator.Generate(new NoteParser().Parse(note, "g.md"), "g");

        Assert.Contains(cards, c => c.Back.Contains("Risk Management", StringComparison.Ordinal));
        Assert.All(cards, c => Assert.DoesNotContain("[^", c.Back.Replace("\\", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_that_something_does_not_exist_defines_nothing()
    {
        const string note = """
            # Prompting

            ## 模型的局限性：幻觉（Hallucinations）

            语言模型产生的答案是靠“文字接龙”接出来的，模型并不知道这些“知识”。如果我们基于虚假的信息向模型提问，它也能产生像模像样的答案，这种现象被称为模型的幻觉。

            'Boie'公司是不存在，但是模型（gpt-3.5-turbo）却煞有介事的介绍起了产品。

            我们拿同样的prompt去问gpt-4，gpt-4会告诉我们'Boie'公司是不存在的。
            """;
        var parsed = new NoteParser().Parse(note, "p.md");

        Assert.DoesNotContain(CardGenerator.Generate(parsed, "p"), c => c.Front.Contains("Boie", StringComparison.Ordinal));
        Assert.DoesNotContain(AifStudy.Core.Quizzes.QuestionGenerator.Generate(parsed, "p", null, 1), q => q.Prompt.Contains("Boie", StringComparison.Ordinal));
    }
}

/// <summary>Run 73's right of erasure: entries of a list introduced as an implementation.</summary>
public sealed class ImplementationBackTests
{
    private const string Rights = """
        **数据最小化原则**

        只收集必要的数据。

        **用户权利实现**

        1. **访问权**：提供数据导出接口
        2. **删除权**：实现级联删除机制
        3. **修正权**：支持数据更新
        """;

    private const string Defined = """
        **用户权利**

        1. **访问权**：数据主体获取其个人数据副本的权利
        2. **删除权**：数据主体要求删除其个人数据的权利
        """;

    [Theory]
    [InlineData(Rights, "实现级联删除机制", true)]
    [InlineData(Defined, "数据主体要求删除其个人数据的权利", false)]
    public void An_entry_of_an_implementation_list_says_how_not_what(string markdown, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("implementation-back", Card("TermDefinition", "“删除权”指什么？", back, "删除权", context: "GDPR合规实践", section: Section(markdown, "安全", "GDPR合规实践"))));
}
