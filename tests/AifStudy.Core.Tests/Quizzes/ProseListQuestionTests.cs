using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.ProseNotes;
using static AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from lists written inside sentences in lecture prose.</summary>
public sealed class ProseListQuestionTests
{
    [Fact]
    public void A_list_in_a_sentence_asks_which_entry_it_names_with_entries_of_the_same_kind_as_distractors()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Lists).Single(q => q.SectionAnchor == "指标");

        Assert.Equal("下列哪一项是笔记在［……］处列举的？「您可以使用标准指标来评估和比较不同的模型。此类指标可能包括［……］。」", q.Prompt);
        Assert.Contains(Answer(q), (string[])["准确率", "查准率", "查全率", "F1 分数"]);
        Assert.All(Wrong(q), o => Assert.Contains(o, (string[])["通用语言理解评估 (GLUE)", "整体语言模型评估 (HELM)", "大规模多任务语言理解 (MMLU)", "超越模仿游戏基准 (BIG-Bench)"]));
        Assert.Equal("您可以使用标准指标来评估和比较不同的模型。此类指标可能包括准确率、查准率、查全率和 F1 分数。", q.Explanation);
    }

    [Fact]
    public void A_list_in_a_sentence_asks_to_choose_two_of_four_entries_and_three_of_five_or_more()
    {
        var metrics = Quizzes.OfKind(QuestionKind.MultipleResponse, Lists).Single(q => q.SectionAnchor == "指标");
        var five = Quizzes.OfKind(QuestionKind.MultipleResponse, Lists.Replace("查全率和 F1 分数", "查全率、F1 分数和均方根误差 (RMSE)", StringComparison.Ordinal))
            .Single(q => q.SectionAnchor == "指标");

        Assert.Contains("（选择两项）", metrics.Prompt, StringComparison.Ordinal);
        Assert.Equal(5, metrics.Options.Count);
        Assert.Equal(2, metrics.CorrectIndexes.Count);
        Assert.All(metrics.CorrectIndexes, i => Assert.Contains(metrics.Options[i], (string[])["准确率", "查准率", "查全率", "F1 分数"]));
        Assert.Contains("（选择三项）", five.Prompt, StringComparison.Ordinal);
        Assert.Equal(3, five.CorrectIndexes.Count);
        Assert.Equal(5, five.Options.Count);
    }

    [Fact]
    public void A_word_most_right_entries_share_and_no_wrong_option_has_is_never_the_answers_giveaway()
    {
        var note = Lists.Replace("## 指标", "## 向量存储", StringComparison.Ordinal).Replace(
            "您可以使用标准指标来评估和比较不同的模型。此类指标可能包括准确率、查准率、查全率和 F1 分数。",
            "我们还要谈谈有助于将嵌入存储在向量数据库中的 AWS 服务。示例包括 Amazon OpenSearch Service、Amazon Aurora、Redis 以及 Amazon Neptune。",
            StringComparison.Ordinal);

        for (var seed = 0; seed < 20; seed++)
        {
            var q = Quizzes.OfKind(QuestionKind.MultipleChoice, note, seed).Single(q => q.SectionAnchor == "向量存储");
            Assert.Equal("Redis", Answer(q));
        }
    }

    [Fact]
    public void A_list_of_a_kind_no_other_list_shares_gives_no_question()
    {
        // The frameworks are the only tools in the note: a metric is never offered as a wrong tool.
        Assert.DoesNotContain(Quizzes.Of(Lists), q => q.SectionAnchor == "数据准备");
    }

    [Fact]
    public void A_list_of_unknown_kind_or_of_sentences_gives_no_question()
    {
        const string Note = """
            # 笔记

            ## 课

            SageMaker Clarify 可以检测标注组之间的偏差，例如性别、种族或年龄。
            此类指标可能包括准确率、查准率和查全率。
            此类指标还可能包括与模型进行实时或近乎实时的交互的能力、从外部来源检索数据的速度和生成内容的质量高低。
            示例包括：通用语言理解评估 (GLUE)、整体语言模型评估 (HELM) 以及大规模多任务语言理解 (MMLU)。
            """;

        var questions = Quizzes.Of(Note);

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("偏差", StringComparison.Ordinal));
        Assert.DoesNotContain(questions, q => q.Prompt.Contains("实时", StringComparison.Ordinal));
    }

    [Fact]
    public void More_of_the_same_list_is_never_a_source_of_wrong_options()
    {
        const string Note = """
            # 笔记

            ## 课

            我们的任务是确定选择标准，例如成本、模态、延迟和多语言。

            还有更多注意事项，例如硬件限制、维护更新、数据隐私和迁移学习。
            """;

        Assert.Empty(Quizzes.Of(Note));
    }
}
