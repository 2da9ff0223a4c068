using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The rules and checks added after run 16 (docs/quality.md), each with the items from that review it drops and near
/// ones it keeps: a right option that spells out its term, siblings glossed alike, comparison rows, steps, acronyms,
/// plural heads, the note's language on list fronts, a context that skips the item's own title.
/// </summary>
public sealed class NinthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void A_right_description_that_spells_out_a_short_term_gives_it_away()
    {
        // 分词 in "被分割成…单词", 序列生成 in "文字序列的生成".
        Assert.True(Fires("giveaway-related-word", Choice("下列哪一项是对「分词」的描述？", "收集的文本数据被分割成称为标记的较小单元，可以是单词或子词单位。", ["为预训练选择了一个神经网络架构，通常基于变压器模型。", "预训练需要大量计算资源，通常在强大的硬件上进行。"], "分词")));
        Assert.True(Fires("giveaway-related-word", Choice("下列哪一项是对「序列生成」的描述？", "文字序列的生成，也就是基于语言模型的生成。", ["从文字序列到标签的映射，如文本分类。", "文字序列到文字序列的转化，如机器翻译、生成式对话、摘要。"], "序列生成")));

        // The characters far apart in a wrong option too, or not all in the right one.
        Assert.False(Fires("giveaway-related-word", Choice("下列哪一项是对「分词」的描述？", "把文本切成标记。", ["为预训练选择一个分布式架构和词表。", "在强大的硬件上训练。"], "分词")));
        Assert.False(Fires("giveaway-related-word", Choice("下列哪一项是对「推理」的描述？", "利用模型对新数据进行处理以进行预测的过程。", ["任何实体的数字向量化表示形式。", "以数学表示形式存储的数据集合。"], "推理")));
    }

    [Fact]
    public void Siblings_glossed_alike_are_not_offered_against_each_other()
    {
        const string note = """
            # Bedrock介绍

            - 微调：使用自己的数据自定义模型输出。
            - 检索增强生成 (RAG)：将知识和数据整合到模型中。
            - 托管代理：将模型部署到生产环境。
            - 模型评估：比较不同基础模型在任务上的表现。
            """;

        var questions = QuestionGenerator.Generate(Parser.Parse(note, "bedrock.md"), "bedrock", null, 1, null, GenerationOptions.Unchecked);

        Assert.True(QualityText.GlossedAlike("使用自己的数据自定义模型输出。", "将知识和数据整合到模型中。"));
        Assert.False(QualityText.GlossedAlike("将模型部署到生产环境。", "将知识和数据整合到模型中。"));
        Assert.False(QualityText.GlossedAlike("将输入文本转换为向量表示", "关注输入文本中最相关的部分"));
        Assert.False(QualityText.GlossedAlike("TP / TP+FP – reliability of positive predictions.", "TP+TN/ TP+TN+FP+FN – overall correctness."));
        // Either may still be the wrong option of a third term's question.
        bool AsksOneAgainstTheOther(QuizQuestion q) =>
            q.Kind == QuestionKind.MultipleChoice && q.Options.Contains("微调") && q.Options.Contains("检索增强生成 (RAG)") && q.Options[q.CorrectIndexes[0]] is "微调" or "检索增强生成 (RAG)";
        Assert.Contains(questions, q => q.Subject == "definition:托管代理");
        Assert.DoesNotContain(questions, AsksOneAgainstTheOther);
        Assert.DoesNotContain(questions, q => q.Kind == QuestionKind.MultipleChoice && q.Options.Contains("使用自己的数据自定义模型输出。") && q.Options.Contains("将知识和数据整合到模型中。")
            && q.Options[q.CorrectIndexes[0]] is "使用自己的数据自定义模型输出。" or "将知识和数据整合到模型中。");
    }

    [Fact]
    public void A_row_of_a_comparison_is_not_a_term()
    {
        var section = Section("1. update速度：在串行运算的情况下，Small Batch更快；在并行运算的情况下，Small Batch和Large Batch差不多。", "Training Batch", "Small Batch vs Large Batch");
        var models = Section("- GPT：只用解码器的自回归模型", "模型", "GPT 与 BERT 的区别");

        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“update速度”指什么？", "在串行运算的情况下，Small Batch更快；在并行运算的情况下，Small Batch和Large Batch差不多。", "update速度", section: section)));
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", "“GPT”指什么？", "只用解码器的自回归模型", "GPT", section: models)));
    }

    [Theory]
    [InlineData("定義專案")]
    [InlineData("定义项目")]
    [InlineData("部署模型")]
    public void A_step_of_a_project_is_not_a_term(string term) =>
        Assert.True(Fires("step-as-term", Card("TermDefinition", $"“{term}”指什么？", "ML專案的商業考量目標。", term)));

    [Theory]
    [InlineData("训练数据")]
    [InlineData("模型评估")]
    public void A_noun_that_starts_like_a_step_is_a_term(string term) =>
        Assert.False(Fires("step-as-term", Card("TermDefinition", $"“{term}”指什么？", "用来训练模型的样本集合", term)));

    [Fact]
    public void A_two_letter_acronym_the_right_name_alone_holds_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("Which term does this describe: \"Extract claims from the response and verify them via QA or evidence retrieval.\"?", "FactScore / QA-based evaluation", ["Entity-level overlap", "LLM-as-a-judge", "Natural Language Inference (NLI)"], "FactScore / QA-based evaluation", answerIsTerm: true)));
        Assert.False(Fires("giveaway-shared-words", Choice("Which term does this describe: \"Use AI to judge another model's answers.\"?", "LLM-as-a-judge", ["Entity-level overlap", "AI Service Cards"], "LLM-as-a-judge", answerIsTerm: true)));
    }

    [Theory]
    [InlineData("Calibration via Confidence Scores", "What is")]
    [InlineData("Types of Models", "What are")]
    [InlineData("Chain of Thought", "What is")]
    public void The_head_before_a_preposition_decides_is_or_are(string term, string expected) =>
        Assert.Equal(expected, CardText.WhatIs(term));

    [Fact]
    public void A_branch_of_english_names_in_a_chinese_mindmap_is_asked_in_chinese()
    {
        const string note = """
            # 基础模型的基础知识

            ```mermaid
            mindmap
            (基础模型的基础知识)
                (基础模型（FM）的功能)
                    FM 的示例
                        Amazon Titan
                        Meta Llama 2
                        Anthropic Claude
            ```
            """;

        var card = Assert.Single(Cards.Of(note), c => c.Kind == CardKind.ListRecall);

        Assert.EndsWith("FM 的示例：包括哪 3 项？", card.Front, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_from_above_a_sentence_title_leaves_the_subject_out()
    {
        var under = Section("- 训练数据量：约 1T tokens\n- 模型参数：6B", "Hugging Face", "模型的参数，以ChatGLM-6B为例");
        var named = Section("- 训练数据量：约 1T tokens\n- 模型参数：6B", "Hugging Face", "ChatGLM-6B 的参数");

        Assert.True(Fires("context-skips-title", Card("TermDefinition", "“训练数据量”指什么？（Hugging Face）", "约 1T tokens", "训练数据量", context: "Hugging Face", section: under)));
        Assert.False(Fires("context-skips-title", Card("TermDefinition", "“训练数据量”指什么？（ChatGLM-6B 的参数）", "约 1T tokens", "训练数据量", context: "ChatGLM-6B 的参数", section: named)));
    }
}
