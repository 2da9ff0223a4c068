using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.GeneratorNotes;
using static AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Questions from terms and their definitions: both ways round, true or false, matching.</summary>
public sealed class TermQuestionTests
{
    [Fact]
    public void Term_to_definition_asks_for_the_description_with_three_sibling_descriptions()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Terms).Single(q => q.Prompt == "下列哪一项是对「嵌入层（神经网络层）」的描述？");

        Assert.Equal("将输入文本转换为称为嵌入的向量表示", Answer(q));
        Assert.Equal(
            ["关注输入文本中最相关的部分", "将嵌入转换为其更高权重的版本", "根据具体任务把表示转换为最终的预测结果"],
            q.Options.Where((_, i) => i != q.CorrectIndexes[0]).Order(StringComparer.Ordinal));
        Assert.Equal("嵌入层：将输入文本转换为称为嵌入的向量表示", q.Explanation);
        Assert.Equal("神经网络层", q.SectionAnchor);
        Assert.Equal(2, q.Domain);
    }

    [Fact]
    public void Definition_to_term_asks_for_the_term_and_names_the_list()
    {
        var q = Quizzes.OfKind(QuestionKind.MultipleChoice, Terms).Single(q => q.Prompt == "以下描述对应「神经网络层」中的哪个术语？「关注输入文本中最相关的部分」");

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
    public void A_list_of_three_gives_three_options_and_a_list_of_two_no_multiple_choice()
    {
        var three = Quizzes.Of("# T\n\n- 嵌入层：将输入文本转换为向量表示\n- 前馈层：将嵌入转换为更高权重的版本\n- 注意力机制：关注输入文本中最相关的部分\n");
        var two = Quizzes.Of("# T\n\n- 嵌入层：将输入文本转换为向量表示\n- 前馈层：将嵌入转换为更高权重的版本\n");

        Assert.All(three.Where(q => q.Kind == QuestionKind.MultipleChoice), q => Assert.Equal(3, q.Options.Count));
        Assert.Contains(three, q => q.Kind == QuestionKind.MultipleChoice);
        Assert.Contains(three, q => q.Kind == QuestionKind.Matching);
        Assert.DoesNotContain(two, q => q.Kind == QuestionKind.MultipleChoice);
    }

    [Fact]
    public void Wrong_options_come_from_the_terms_own_list_never_from_another_section()
    {
        var note = """
            # T

            ## 神经网络层

            - 嵌入层：将输入文本转换为向量表示
            - 前馈层：将嵌入转换为更高权重的版本
            - 注意力机制：关注输入文本中最相关的部分

            ## 使用案例

            - 供应链优化：评估和优化不同的供应链场景
            - 代理协助：在客户服务中为人工代理提供实时建议
            """;

        // "下列哪一项属于「使用案例」" (membership across lists) is the list-membership check's to drop.
        var questions = Quizzes.Of(note).Where(q => q.Kind == QuestionKind.MultipleChoice && !q.Prompt.Contains("属于", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions.Where(q => q.SectionAnchor == "神经网络层"), q => Assert.DoesNotContain(q.Options, o => o.Contains("供应链", StringComparison.Ordinal) || o.Contains("代理", StringComparison.Ordinal)));
        Assert.DoesNotContain(questions, q => q.SectionAnchor == "使用案例");
    }

    [Fact]
    public void An_aws_service_is_never_offered_among_concepts_nor_a_concept_among_services()
    {
        var note = """
            # T

            - Amazon Bedrock：提供基础模型的完全托管式服务
            - 推理：利用模型对新数据进行预测的过程
            - 嵌入：将单词和句子转换为数字的方法
            - 向量数据库：以数学表示形式存储的数据集合
            """;

        var questions = Quizzes.Of(note).Where(q => q.Kind == QuestionKind.MultipleChoice).ToList();

        Assert.NotEmpty(questions);
        Assert.DoesNotContain(questions, q => q.Options.Contains("提供基础模型的完全托管式服务") || q.Options.Contains("Amazon Bedrock"));
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
            .Where(q => q.Prompt.StartsWith("判断正误：「嵌入层（神经网络层）」", StringComparison.Ordinal)).ToList();

        Assert.Contains(questions, q => q.Prompt == "判断正误：「嵌入层（神经网络层）」指的是：将输入文本转换为称为嵌入的向量表示" && Answer(q) == "正确");
        Assert.Contains(questions, q => q.Prompt != "判断正误：「嵌入层（神经网络层）」指的是：将输入文本转换为称为嵌入的向量表示" && Answer(q) == "错误");
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
}
