using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.GeneratorNotes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Ordering and cloze questions, sections that give none, and keys.</summary>
public sealed class QuestionGeneratorTests
{
    [Fact]
    public void Numbered_subsections_become_an_ordering_question()
    {
        var note = """
            # 生命周期

            ## 1. Data selection 数据选择

            Unlabeled data includes raw data.

            ## 2. Pre-training 预训练

            FMs are typically pre-trained through self-supervised learning.

            ## 3. Optimization 最佳化

            Prompt engineering, RAG and fine-tuning.

            ## 4. Evaluation 评估

            Metrics and benchmarks.
            """;

        var q = Assert.Single(Quizzes.OfKind(QuestionKind.Ordering, note));

        Assert.Equal("将「生命周期」的步骤按正确顺序排列。", q.Prompt);
        Assert.Equal(
            ["Data selection 数据选择", "Pre-training 预训练", "Optimization 最佳化", "Evaluation 评估"],
            q.CorrectIndexes.Select(i => q.Options[i]));
        Assert.Equal("生命周期", q.SectionAnchor);
    }

    [Fact]
    public void Arrow_chain_becomes_an_ordering_question_and_a_merely_numbered_list_does_not()
    {
        var note = """
            # LLM

            - 大多数 LLM 都是基于 Transformer 模型的
              - 接受输入 → 对数据进行编码 → 对数据进行解码

            ## 使用案例

            1. 改善客户体验
            2. 提高员工的工作效率
            3. 加速流程优化
            """;

        var q = Assert.Single(Quizzes.OfKind(QuestionKind.Ordering, note));

        Assert.Equal(["接受输入", "对数据进行编码", "对数据进行解码"], q.CorrectIndexes.Select(i => q.Options[i]));
    }

    [Fact]
    public void Cloze_blanks_a_bold_term_and_accepts_its_parts()
    {
        var q = Assert.Single(Quizzes.OfKind(QuestionKind.Cloze, "# LLM\n\n**大语言模型（LLM）**是基础模型的子集，在许多自然语言任务中训练。\n"));

        Assert.Equal("填空：［……］是基础模型的子集，在许多自然语言任务中训练。", q.Prompt);
        Assert.Equal(["大语言模型（LLM）", "大语言模型", "LLM"], q.AcceptedAnswers);
        Assert.True(QuizScoring.IsCorrect(q, "llm"));
    }

    [Fact]
    public void Cloze_does_not_accept_an_example_in_brackets_as_the_answer() =>
        Assert.Equal(["深度神经网络（例如 transformers）", "深度神经网络"], ClozeQuestions.Accepted("深度神经网络（例如 transformers）"));

    [Fact]
    public void Cloze_that_blanks_half_a_clause_is_not_asked()
    {
        var note = "# LLM\n\n大语言模型通常具有大量的参数，并且在**训练过程中使用了巨量的文本数据**。\n";

        Assert.DoesNotContain(Quizzes.Of(note), q => q.Kind == QuestionKind.Cloze);
    }

    [Fact]
    public void Empty_and_placeholder_sections_yield_no_questions()
    {
        Assert.Empty(Quizzes.Of("# 领域\n\n## 简介\n\n## 演练问题\n\n略\n\n## 其他\n\nTODO\n"));
    }

    [Fact]
    public void Keys_are_stable_across_seeds_and_distinct_within_a_note()
    {
        var one = Quizzes.Of(Terms + Lists, seed: 1).Select(q => q.Key).ToList();
        var two = Quizzes.Of(Terms + Lists, seed: 2).Select(q => q.Key).ToList();

        Assert.Equal(one.Count, one.Distinct().Count());
        Assert.Equal(one.Order(StringComparer.Ordinal), two.Order(StringComparer.Ordinal));
    }
}
