using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>The generator rules and typed-answer names added after the fifth review (run 5): what each writes, drops or accepts.</summary>
public sealed class FifthReviewRuleTests
{
    [Theory]
    [InlineData("2012年", false)]
    [InlineData("2022年12月", false)]
    [InlineData("ChatGPT的發表", false)]
    [InlineData("classification and regression", false)]
    [InlineData("GPT-4", true)]
    [InlineData("Transformer", true)]
    [InlineData("注意力分数", true)]
    public void A_typed_answer_is_a_term_not_a_date_or_a_phrase(string answer, bool typeable) =>
        Assert.Equal(typeable, ClozeQuestions.IsTypeable(answer));

    [Fact]
    public void A_table_cell_cloze_names_its_row()
    {
        const string note = """
            # Algorithms

            | Algorithm | Exam Trigger |
            | :--- | :--- |
            | **SVM** | Support Vector Machine. A classic algorithm that finds the widest **Hyperplane** between classes. |
            """;

        var card = Assert.Single(Cards.Of(note), c => c.Kind == CardKind.Cloze);

        Assert.Equal(@"SVM: A classic algorithm that finds the widest \[...\] between classes.", card.Front);
    }

    [Theory]
    [InlineData("Amazon SageMaker", "SageMaker")]
    [InlineData("SageMaker", "Amazon SageMaker")]
    [InlineData("config", "AWS Config")]
    public void A_typed_answer_forgives_the_vendor(string typed, string accepted) =>
        Assert.True(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Fact]
    public void A_list_with_an_entry_that_reads_like_a_remark_is_not_counted_short()
    {
        const string note = """
            # RAG

            - 检索方法：
              - 单独比较
              - index
              - Approximate search (近似搜索)。Approximate Nearest Neighbor Search
                - LSH 局部敏感哈希
                - HNSW
            """;

        Assert.DoesNotContain(Cards.Of(note), c => c.Kind == CardKind.ListRecall && c.Front.Contains("检索方法", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_lists_in_one_section_are_not_one_list_of_options()
    {
        const string note = """
            # NLP

            - 分类：从文字序列到标签的映射，如文本分类
            - 匹配：文字序列与文字序列的匹配，如搜索
            - 序列生成：基于语言模型生成文字序列

            ![](p45.jpg)

            - 多对一：输入一句话，输出其情感倾向标签
            - 一对多：输入一张图片，输出一段文字
            - 多对多：输入一种语言的语句，输出另一种语言的语句
            """;

        var questions = global::AifStudy.Core.Tests.Quizzes.Quizzes.Of(note).Where(q => q.Kind == AifStudy.Core.Quizzes.QuestionKind.MultipleChoice && q.Prompt.Contains("描述", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.True(q.Options.All(o => o.Contains("输入", StringComparison.Ordinal)) || q.Options.All(o => !o.Contains("输入", StringComparison.Ordinal)), string.Join(" | ", q.Options)));
    }

    [Fact]
    public void A_typed_answer_accepts_the_name_the_heading_gives_in_brackets()
    {
        const string note = """
            # 指标

            ## 3.1 再现率（Recall）

            **再现率**衡量实际为正的样本中被正确预测为正的比例。
            """;

        var q = Assert.Single(global::AifStudy.Core.Tests.Quizzes.Quizzes.Of(note), q => q.Kind == AifStudy.Core.Quizzes.QuestionKind.Cloze);

        Assert.True(AnswerMatcher.IsCorrect("Recall", q.AcceptedAnswers));
        Assert.True(AnswerMatcher.IsCorrect("再現率", q.AcceptedAnswers));
        Assert.False(AnswerMatcher.IsCorrect("Precision", q.AcceptedAnswers));
    }

    [Fact]
    public void A_year_is_blanked_only_beside_the_event_that_fixes_it()
    {
        var cards = Cards.Of("# 发展\n\n- **2024年**，AI的應用更加普及。\n- **2018年**，Google 发布了 BERT 模型，推动了自然语言理解任务的进步。\n");

        Assert.DoesNotContain(cards, c => c.Kind == CardKind.Cloze && c.Back.Contains("普及", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Kind == CardKind.Cloze && c.Back.Contains("BERT", StringComparison.Ordinal));
    }

    [Fact]
    public void A_typed_answer_accepts_the_other_name_the_note_gives()
    {
        var section = new AifStudy.Core.Notes.NoteParser().Parse("# 向量\n\n嵌入向量是获取每个分词高维表示形式所必需的一组输入 ID。嵌入向量也称为\"嵌入\"。嵌入是任何实体的数字向量化表示形式。\n", "t.md").Sections[0];

        var accepted = ClozeQuestions.WithGlosses(["嵌入"], section);

        Assert.True(AnswerMatcher.IsCorrect("嵌入向量", accepted));
        Assert.False(AnswerMatcher.IsCorrect("向量", accepted));
    }

    [Fact]
    public void A_practice_card_that_asks_among_options_it_does_not_show_is_left_out() =>
        Assert.DoesNotContain(Cards.Of("# Exam\n\n5.Which option is a benefit of ongoing pre-training?\n\n```\nImproves model performance over time\n```\n"), c => c.Kind == CardKind.PracticeQuestion);

    [Theory]
    [InlineData("- 关键是**精心设计提示**，让模型按要求输出完整的答案内容。", false)]
    [InlineData("- 把复杂任务拆开，让模型在**每一步**都给出中间推理和结论。", false)]
    [InlineData("- 自注意力使模型能够通过计算**注意力分数**来权衡输入序列中不同标记的重要性。", true)]
    [InlineData("- Retrieval is usually backed by a **Vector Database** that stores embeddings for search.", true)]
    [InlineData("- Models that perform tasks **accurately** are more likely to align with the intended use case.", false)]
    public void A_blank_is_a_term_a_learner_can_name_not_a_phrase(string line, bool kept) =>
        Assert.Equal(kept, Cards.Of("# 提示\n\n" + line + "\n").Any(c => c.Kind == CardKind.Cloze));

    [Theory]
    [InlineData("- 要点：示例要**短而完整**，并且覆盖模型需要模仿的输出格式。")]
    [InlineData("- 而是用**思维链**一步步推理出答案，再给出最终结论。")]
    [InlineData("- Encourages a shift toward **RAG** pipelines that ground answers in company documents.")]
    public void A_cloze_whose_sentence_has_its_subject_elsewhere_is_not_written(string line) =>
        Assert.DoesNotContain(Cards.Of("# 提示\n\n" + line + "\n"), c => c.Kind == CardKind.Cloze);

    [Fact]
    public void A_prose_definition_that_only_classifies_is_neither_asked_nor_offered()
    {
        const string lesson = """
            # 领域 2

            ## 第1课

            生成式 AI 是深度学习的一个子集。嵌入是任何实体的数字向量化表示形式。向量是一个有序的数字列表，表示实体的特征。推理参数是一组可以调整以限制或影响模型响应的值。
            """;

        var questions = global::AifStudy.Core.Tests.Quizzes.Quizzes.Of(lesson);

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("深度学习的一个子集", StringComparison.Ordinal) || q.Options.Contains("深度学习的一个子集"));
    }

    [Fact]
    public void An_aws_name_with_a_chinese_qualifier_is_not_typed() =>
        Assert.False(ClozeQuestions.IsTypeable("Amazon Bedrock 代理"));

    [Fact]
    public void A_typed_acronym_accepts_its_names_from_the_section()
    {
        var section = new AifStudy.Core.Notes.NoteParser().Parse("# 指标\n\n示例包括：通用语言理解评估 (GLUE)、整体语言模型评估 (HELM)。RLHF (Reinforcement Learning from Human Feedback) 用于对齐。\n", "t.md").Sections[0];

        Assert.True(AnswerMatcher.IsCorrect("整体语言模型评估", ClozeQuestions.WithGlosses(["HELM"], section)));
        Assert.True(AnswerMatcher.IsCorrect("reinforcement learning from human feedback", ClozeQuestions.WithGlosses(["RLHF"], section)));
        Assert.False(AnswerMatcher.IsCorrect("通用语言理解评估", ClozeQuestions.WithGlosses(["HELM"], section)));
    }

    [Fact]
    public void A_question_heading_gives_no_accepted_answer()
    {
        var accepted = ClozeQuestions.WithHeadingName(["Amazon Bedrock"], "AWS Bedrock 是什么？");

        Assert.Equal(["Amazon Bedrock"], accepted);
        Assert.False(AnswerMatcher.IsCorrect("是什么", accepted));
        Assert.Contains("擴散模型", ClozeQuestions.WithHeadingName(["Diffusion"], "Diffusion 擴散模型"));
    }
}
