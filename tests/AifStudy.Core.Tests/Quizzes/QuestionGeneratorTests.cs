using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

public sealed class QuestionGeneratorTests
{
    private const string Terms = """
        # 模型

        ## 神经网络层

        - 嵌入层：将输入文本转换为称为嵌入的向量表示
        - 前馈层：将嵌入转换为其更高权重的版本
        - 注意力机制：关注输入文本中最相关的部分
        - 输出层：根据具体任务把表示转换为最终的预测结果
        """;

    private const string Lists = """
        # 基础模型

        ## 示例

        - FM 的示例：
          - Amazon Titan
          - Meta Llama 2
          - Anthropic Claude
          - AI21 Labs Jurassic-2 Ultra
          - Stable Diffusion
        - 常规任务：
          - 文本生成
          - 文本总结
          - 信息提取
          - 图像生成
        """;

    private static readonly string[] Models = ["Amazon Titan", "Meta Llama 2", "Anthropic Claude", "AI21 Labs Jurassic-2 Ultra", "Stable Diffusion"];
    private static readonly string[] DeploymentModes = ["命令行界面", "可视化界面", "API 服务器"];
    private static readonly string[] Tasks = ["文本生成", "文本总结", "信息提取", "图像生成"];

    private static string Answer(QuizQuestion q) => q.Options[q.CorrectIndexes[0]];

    [Fact]
    public void Term_to_definition_asks_for_the_description_with_three_sibling_descriptions()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Terms).Single(q => q.Prompt == "下列哪一项是对「嵌入层」的描述？");

        Assert.Equal("将输入文本转换为称为嵌入的向量表示", Answer(q));
        Assert.Equal(
            ["关注输入文本中最相关的部分", "将嵌入转换为其更高权重的版本", "根据具体任务把表示转换为最终的预测结果"],
            q.Options.Where((_, i) => i != q.CorrectIndexes[0]).Order(StringComparer.Ordinal));
        Assert.Equal("嵌入层：将输入文本转换为称为嵌入的向量表示", q.Explanation);
        Assert.Equal("神经网络层", q.SectionAnchor);
        Assert.Equal(2, q.Domain);
    }

    [Fact]
    public void Definition_to_term_asks_for_the_term()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Terms).Single(q => q.Prompt == "以下描述对应哪个术语？「关注输入文本中最相关的部分」");

        Assert.Equal("注意力机制", Answer(q));
        Assert.Equal(["前馈层", "嵌入层", "注意力机制", "输出层"], q.Options.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Definition_that_contains_its_term_is_not_asked_backwards()
    {
        // "嵌入" is in its own definition, so "which term is this?" would answer itself.
        var questions = Quizzes.OfKind(QuestionKind.MultipleChoice, Terms.Replace("- 嵌入层：将输入文本", "- 嵌入：将输入文本", StringComparison.Ordinal));

        Assert.DoesNotContain(questions, q => q.Prompt.StartsWith("以下描述对应哪个术语？「将输入文本", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_with_too_few_siblings_gives_no_multiple_choice()
    {
        var questions = Quizzes.Of("# T\n\n- 嵌入层：将输入文本转换为向量表示\n- 前馈层：将嵌入转换为更高权重的版本\n- 注意力机制：关注输入文本中最相关的部分\n");

        Assert.DoesNotContain(questions, q => q.Kind == QuestionKind.MultipleChoice);
        Assert.Contains(questions, q => q.Kind == QuestionKind.Matching);
    }

    [Fact]
    public void Distractors_are_never_near_equal_to_the_answer_or_each_other()
    {
        var note = """
            # T

            - 术语一：把文本转换为向量表示
            - 术语二：把文本转换为向量表示。
            - 术语三：ＢＬＥＵ 指标用于评估翻译
            - 术语四：bleu 指标用于评估翻译
            - 术语五：把图像逐步去噪直到生成新图像
            - 术语六：在验证集上评估模型性能
            """;

        foreach (var q in Quizzes.OfKind(QuestionKind.MultipleChoice, note))
        {
            var normalized = q.Options.Select(AifStudy.Core.Flashcards.CardText.Normalize).ToList();
            Assert.Equal(normalized.Count, normalized.Distinct().Count());
        }
    }

    [Fact]
    public void True_false_pairs_a_term_with_its_own_or_a_siblings_definition()
    {
        var questions = Enumerable.Range(0, 20).SelectMany(seed => Quizzes.OfKind(QuestionKind.TrueFalse, Terms, seed))
            .Where(q => q.Prompt.StartsWith("判断正误：「嵌入层」", StringComparison.Ordinal)).ToList();

        Assert.Contains(questions, q => q.Prompt == "判断正误：「嵌入层」指的是：将输入文本转换为称为嵌入的向量表示" && Answer(q) == "正确");
        Assert.Contains(questions, q => q.Prompt != "判断正误：「嵌入层」指的是：将输入文本转换为称为嵌入的向量表示" && Answer(q) == "错误");
        Assert.All(questions, q => Assert.Equal(["正确", "错误"], q.Options));
    }

    [Fact]
    public void Matching_pairs_every_term_of_a_section_with_its_definition()
    {
        var q = Assert.Single(Quizzes.OfKind(QuestionKind.Matching, Terms));

        Assert.Equal(["嵌入层", "前馈层", "注意力机制", "输出层"], q.Items);
        Assert.Equal("将嵌入转换为其更高权重的版本", q.Options[q.CorrectIndexes[1]]);
        Assert.Equal("关注输入文本中最相关的部分", q.Options[q.CorrectIndexes[2]]);
    }

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
