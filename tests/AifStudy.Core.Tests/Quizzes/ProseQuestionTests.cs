using AifStudy.Core.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from lecture prose: definitions written as sentences and lists written inside sentences.</summary>
public sealed class ProseQuestionTests
{
    private const string Definitions = """
        # 领域 3：基础模型的应用

        ## 第1课

        推理是指利用模型对新数据进行处理以进行预测的过程。推理参数是一组可以调整以限制或影响模型响应的值。

        再来看个问题，什么是提示词注入？它是指提示词操纵攻击。

        在上下文窗口内提供示例称为"上下文学习"。

        ## 第2课

        微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。参数高效微调 (PEFT) 是一个过程和一组技术，用于冻结原始 LLM 的参数和权重。低秩自适应 (LoRA) 是一种流行的 PEFT 技术，它可以冻结基础模型的原始权重并创建新的低秩矩阵。

        什么是向量？向量是一个有序的数字列表，表示某些实体或概念的特征或属性。
        """;

    private const string Lists = """
        # 评估

        ## 指标

        您可以使用标准指标来评估和比较不同的模型。此类指标可能包括准确率、查准率、查全率和 F1 分数。

        ## 基准

        要评估 LLM，您可以使用研究人员建立的现有基准。示例包括：通用语言理解评估 (GLUE)、整体语言模型评估 (HELM)、大规模多任务语言理解 (MMLU) 以及超越模仿游戏基准 (BIG-Bench)。

        ## 数据准备

        如果您的数据准备需要扩展，则可以使用开源框架，例如 Apache Spark、Apache Hive 或 Presto。
        """;

    private static string Answer(QuizQuestion q) => q.Options[q.CorrectIndexes[0]];

    private static IEnumerable<string> Wrong(QuizQuestion q) => q.Options.Where((_, i) => !q.CorrectIndexes.Contains(i));

    [Fact]
    public void A_definition_sentence_asks_for_the_description_with_other_prose_definitions_as_distractors()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Definitions).Single(q => q.Prompt == "下列哪一项是对「推理（领域 3：基础模型的应用）」的描述？");

        Assert.Equal("利用模型对新数据进行处理以进行预测的过程", Answer(q));
        Assert.All(Wrong(q), o => Assert.DoesNotContain("推理", o, StringComparison.Ordinal));
        Assert.Equal("推理是指利用模型对新数据进行处理以进行预测的过程。", q.Explanation);
        Assert.Equal("第1课", q.SectionAnchor);
    }

    [Fact]
    public void A_strong_copula_keeps_its_measure_word_in_the_description()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Definitions).Single(q => q.Prompt == "下列哪一项是对「推理参数」的描述？");

        Assert.Equal("一组可以调整以限制或影响模型响应的值", Answer(q));
    }

    [Fact]
    public void A_question_the_note_asks_and_answers_with_a_pronoun_defines_the_asked_term()
    {
        var q = Quizzes.OfKind(QuestionKind.TrueFalse, Definitions).Single(q => q.Prompt.StartsWith("判断正误：「提示词注入」", StringComparison.Ordinal));

        Assert.Equal("再来看个问题，什么是提示词注入？它是指提示词操纵攻击。", q.Explanation);
    }

    [Fact]
    public void A_called_sentence_defines_the_quoted_term()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Definitions).Single(q => q.Prompt == "下列哪一项是对「上下文学习」的描述？");

        Assert.Equal("在上下文窗口内提供示例", Answer(q));
    }

    [Fact]
    public void Description_to_term_offers_other_terms_but_none_the_description_names()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Definitions)
            .Single(q => q.Prompt == "以下描述对应哪个术语？「一种流行的 PEFT 技术，它可以冻结基础模型的原始权重并创建新的低秩矩阵」");

        Assert.Equal("低秩自适应 (LoRA)", Answer(q));
        Assert.DoesNotContain("参数高效微调 (PEFT)", q.Options);
    }

    [Fact]
    public void Related_terms_are_never_offered_against_each_other()
    {
        // LoRA is "一种流行的 PEFT 技术": PEFT's description is not wrong about LoRA, nor 微调's about PEFT.
        for (var seed = 0; seed < 20; seed++)
        {
            var questions = Quizzes.Of(Definitions, seed);
            var lora = questions.Where(q => q.Prompt.Contains("「低秩自适应 (LoRA)」", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(lora);
            Assert.All(lora, q => Assert.DoesNotContain("一个过程和一组技术", q.Prompt + string.Concat(q.Options), StringComparison.Ordinal));
            var peft = questions.Where(q => q.Prompt.Contains("「参数高效微调 (PEFT)」", StringComparison.Ordinal)).ToList();
            Assert.All(peft, q => Assert.DoesNotContain("一个扩展模型训练的过程", q.Prompt + string.Concat(q.Options), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void True_false_is_the_terms_own_definition_or_another_terms_by_seed()
    {
        var statements = Enumerable.Range(0, 20)
            .Select(seed => Quizzes.OfKind(QuestionKind.TrueFalse, Definitions, seed).Single(q => q.Prompt.StartsWith("判断正误：「推理（", StringComparison.Ordinal)))
            .ToList();

        var right = statements.Where(q => q.CorrectIndexes[0] == 0).ToList();
        var wrong = statements.Where(q => q.CorrectIndexes[0] == 1).ToList();
        Assert.NotEmpty(right);
        Assert.NotEmpty(wrong);
        Assert.All(right, q => Assert.Equal("判断正误：「推理（领域 3：基础模型的应用）」指的是：利用模型对新数据进行处理以进行预测的过程", q.Prompt));
        Assert.All(wrong, q => Assert.DoesNotContain("利用模型对新数据", q.Prompt, StringComparison.Ordinal));
        Assert.Equal(["正确", "错误"], statements[0].Options);
    }

    [Fact]
    public void Matching_pairs_the_definitions_of_one_lesson_even_when_one_term_contains_another()
    {
        var q = Quizzes.OfKind(QuestionKind.Matching, Definitions).Single(q => q.SectionAnchor == "第2课");

        Assert.Equal("将每个术语与其描述配对（第2课）。", q.Prompt);
        Assert.Equal(["微调", "参数高效微调 (PEFT)", "低秩自适应 (LoRA)", "向量"], q.Items);
        Assert.Equal("一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成", q.Options[q.CorrectIndexes[0]]);
        Assert.Equal("一种流行的 PEFT 技术，它可以冻结基础模型的原始权重并创建新的低秩矩阵", q.Options[q.CorrectIndexes[2]]);
    }

    [Fact]
    public void Cloze_blanks_the_term_in_its_defining_sentence_and_accepts_its_parts()
    {
        var clozes = Quizzes.OfKind(QuestionKind.Cloze, Definitions);

        var peft = clozes.Single(q => q.AcceptedAnswers[0] == "参数高效微调 (PEFT)");
        Assert.Equal("填空：［……］ 是一个过程和一组技术，用于冻结原始 LLM 的参数和权重。", peft.Prompt);
        Assert.Equal(["参数高效微调 (PEFT)", "参数高效微调", "PEFT"], peft.AcceptedAnswers);
        Assert.Contains(clozes, q => q.Prompt == "填空：［……］是一个有序的数字列表，表示某些实体或概念的特征或属性。");
        Assert.Equal("填空：在上下文窗口内提供示例称为\"［……］\"。", clozes.Single(q => q.AcceptedAnswers[0] == "上下文学习").Prompt);
    }

    [Fact]
    public void Cloze_is_not_asked_when_the_sentence_names_the_term_again()
    {
        const string Note = """
            # 笔记

            ## 课

            向量是一个有序的数字列表，每个向量表示某些实体或概念的特征或属性。推理是指利用模型对新数据进行处理以进行预测的过程。
            微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。嵌入是指任何实体的数字向量化表示形式。
            """;

        Assert.DoesNotContain(Quizzes.OfKind(QuestionKind.Cloze, Note), q => q.AcceptedAnswers.Contains("向量"));
        Assert.Contains(Quizzes.OfKind(QuestionKind.Cloze, Note), q => q.AcceptedAnswers.Contains("推理"));
    }

    [Theory]
    [InlineData("第二个任务陈述是\"选择有效的提示词工程技术\"。")]
    [InlineData("下一步是评估模型的性能，并在需要时完成任何额外的训练。")]
    [InlineData("这种自动驾驶汽车系统是一个维度极高的问题，KNN 模型并不是最佳选择。")]
    [InlineData("模型是生成式 AI 的核心，模型是使用神经网络和数据构建的。")]
    [InlineData("结果是引入了高度可扩展的 Transformer 架构，可以访问大量数据进行训练。")]
    [InlineData("生成式 AI 可以是单模态或多模态的，取决于输入和输出的种类。")]
    [InlineData("AWS 将提示词定义为由您（也就是用户）提供的一组特定输入。")]
    public void A_sentence_that_only_looks_like_a_definition_gives_no_question(string sentence)
    {
        var note = $"""
            # 笔记

            ## 课

            推理是指利用模型对新数据进行处理以进行预测的过程。微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。

            嵌入是指任何实体的数字向量化表示形式。向量数据库是指以数学表示形式存储的数据集合。

            {sentence}
            """;

        Assert.Equal(4, Quizzes.OfKind(QuestionKind.TrueFalse, note).Count);
    }

    [Fact]
    public void A_bare_is_sentence_defines_only_a_term_the_note_asks_about_or_keeps_using()
    {
        const string Once = """
            # 笔记

            ## 课

            推理是指利用模型对新数据进行处理以进行预测的过程。微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。

            潜在空间是大型语言模型中的编码语言知识。
            """;
        var often = Once + "\n潜在空间很重要。潜在空间决定回答质量。提示词会影响潜在空间中被激活的知识。\n";

        Assert.DoesNotContain(Quizzes.Of(Once), q => q.Prompt.Contains("潜在空间", StringComparison.Ordinal));
        Assert.Contains(Quizzes.OfKind(QuestionKind.TrueFalse, often), q => q.Prompt.StartsWith("判断正误：「潜在空间」", StringComparison.Ordinal));
    }

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

    [Fact]
    public void Placeholder_sections_give_no_prose_questions()
    {
        const string Note = """
            # 笔记

            ## 课

            略

            ## 演练问题

            TODO
            """;

        Assert.Empty(Quizzes.Of(Note));
    }

    [Fact]
    public void Prose_question_keys_survive_reseeding_and_rewording_elsewhere()
    {
        var first = Quizzes.Of(Definitions + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 1).Select(q => q.Key).ToHashSet();
        var reseeded = Quizzes.Of(Definitions + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 9).Select(q => q.Key).ToHashSet();
        var reworded = Quizzes.Of(
            Definitions.Replace("在上下文窗口内提供示例", "在上下文窗口里给出示例", StringComparison.Ordinal) + Lists.Replace("# 评估", "## 评估", StringComparison.Ordinal), 1)
            .Select(q => q.Key).ToHashSet();

        Assert.Equal(first, reseeded);
        Assert.Equal(first, reworded);
        Assert.True(first.Count > 20);
    }
}
