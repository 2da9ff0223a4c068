using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.GeneratorNotes;
using static AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from lists: which entry belongs, which several do, and never an entry of a nested list as a wrong one.</summary>
public sealed class ListQuestionTests
{
    private static readonly string[] DeploymentModes = ["命令行界面", "可视化界面", "API 服务器"];

    [Fact]
    public void Example_question_answers_with_one_entry_and_entries_of_other_lists_as_distractors()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Lists).Single(q => q.Prompt == "下列哪一项属于「FM 的示例」？");

        Assert.Contains(Answer(q), Models);
        Assert.All(q.Options.Where((_, i) => i != q.CorrectIndexes[0]), o => Assert.Contains(o, Tasks));
    }

    [Fact]
    public void Multiple_response_asks_to_choose_three_of_five_options_from_a_long_list()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleResponse, Lists).Single(q => q.Prompt.StartsWith("下列哪些属于「FM 的示例」", StringComparison.Ordinal));

        Assert.Equal("下列哪些属于「FM 的示例」？（选择三项）", q.Prompt);
        Assert.Equal(5, q.Options.Count);
        Assert.Equal(3, q.CorrectIndexes.Count);
        Assert.All(q.CorrectIndexes, i => Assert.DoesNotContain(q.Options[i], Tasks));
    }

    [Fact]
    public void Multiple_response_of_a_four_entry_list_asks_to_choose_two()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleResponse, Lists).Single(q => q.Prompt.StartsWith("下列哪些属于「常规任务」", StringComparison.Ordinal));

        Assert.Equal("下列哪些属于「常规任务」？（选择两项）", q.Prompt);
        Assert.Equal(2, q.CorrectIndexes.Count);
    }

    [Fact]
    public void Entries_of_a_nested_list_are_never_wrong_options_for_the_list_that_holds_it()
    {
        var note = """
            # 开发技术

            ## 阶段

            - 预训练：
              - 数据收集
              - 分词
              - 检查点
            - 迁移学习：
              - 任务特定数据集
              - 微调策略
              - 超参数调整

            ## 部署方式

            - 命令行界面
            - 可视化界面
            - API 服务器
            """;

        for (var seed = 0; seed < 20; seed++)
        {
            var q = Quizzes.OfKind(QuestionKind.MultipleChoice, note, seed).Single(q => q.Prompt == "下列哪一项属于「阶段」？");
            Assert.All(q.Options.Where((_, i) => i != q.CorrectIndexes[0]), o => Assert.Contains(o, DeploymentModes));
        }
    }
}
