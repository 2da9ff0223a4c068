using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.ProseNotes;
using static AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from definitions written as sentences in lecture prose.</summary>
public sealed class ProseDefinitionQuestionTests
{
    [Fact]
    public void A_definition_sentence_asks_for_the_description_with_other_prose_definitions_as_distractors()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Definitions).Single(q => q.Prompt == "下列哪一项是对「推理（基础模型的应用）」的描述？");

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
        // Wrong options come from the same section: this lesson defines enough terms for three.
        const string lesson = """
            # 领域 3

            ## 第2课

            微调是一个扩展模型训练的过程，旨在针对特定任务改善补全内容生成。参数高效微调 (PEFT) 是一个过程和一组技术，用于冻结原始 LLM 的参数和权重。低秩自适应 (LoRA) 是一种流行的 PEFT 技术，它可以冻结基础模型的原始权重并创建新的低秩矩阵。提示调优是一种只训练少量提示向量而保持模型权重不变的方法。检索增强生成是一种在生成前从外部知识库检索相关文档的方法。
            """;
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, lesson)
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
        Assert.All(right, q => Assert.Equal("判断正误：「推理（基础模型的应用）」指的是：利用模型对新数据进行处理以进行预测的过程", q.Prompt));
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

        // 参数高效微调 sits beside 微调 in the same note, so it is not a typed answer (ClozeQuestions.HasNearName); its
        // parts are still what a typed answer for it would accept.
        Assert.DoesNotContain(clozes, q => q.AcceptedAnswers[0] == "参数高效微调 (PEFT)");
        Assert.Equal(["参数高效微调 (PEFT)", "参数高效微调", "PEFT"], ClozeQuestions.Accepted("参数高效微调 (PEFT)"));
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
}
