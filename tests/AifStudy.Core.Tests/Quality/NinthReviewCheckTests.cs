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
                    FM 的类型
                        GPT
                        BERT
                        Stable Diffusion
            ```
            """;

        var card = Assert.Single(Cards.Of(note), c => c.Kind == CardKind.ListRecall);

        Assert.EndsWith("FM 的类型：包括哪 3 项？", card.Front, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_of_examples_is_no_closed_list()
    {
        const string note = """
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

        Assert.DoesNotContain(Cards.Of(note), c => c.Kind == CardKind.ListRecall && c.Front.Contains("示例", StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_from_above_a_sentence_title_leaves_the_subject_out()
    {
        var under = Section("- 训练数据量：约 1T tokens\n- 模型参数：6B", "Hugging Face", "模型的参数，以ChatGLM-6B为例");
        var named = Section("- 训练数据量：约 1T tokens\n- 模型参数：6B", "Hugging Face", "ChatGLM-6B 的参数");

        Assert.True(Fires("context-skips-title", Card("TermDefinition", "“训练数据量”指什么？（Hugging Face）", "约 1T tokens", "训练数据量", context: "Hugging Face", section: under)));
        Assert.False(Fires("context-skips-title", Card("TermDefinition", "“训练数据量”指什么？（ChatGLM-6B 的参数）", "约 1T tokens", "训练数据量", context: "ChatGLM-6B 的参数", section: named)));
    }

    [Fact]
    public void A_list_of_the_notes_own_chapter_titles_is_an_outline_not_definitions()
    {
        const string note = """
            # Chapter 5: Prompt Engineering

            ### 📘 Structure Overview

            1. Introduction to Prompting
            2. In-Context Learning: Zero-Shot and Few-Shot Prompting
            3. Prompt Design: System vs. User Prompts

            ### ✅ 1. Introduction to Prompting

            Prompting steers a model without retraining it.

            ### ✅ 2. In-Context Learning: Zero-Shot and Few-Shot Prompting

            - Zero-Shot Prompting: the task alone, with no examples
            - Few-Shot Prompting: a few worked examples before the task
            - Chain-of-Thought: ask the model to reason step by step

            ### ✅ 3. Prompt Design: System vs. User Prompts

            The system prompt sets the role; the user prompt asks.
            """;

        var parsed = Parser.Parse(note, "ch5.md");
        var outline = Outlines.In(parsed);

        Assert.Equal([parsed.Sections.Single(s => s.Title.Contains("Structure Overview", StringComparison.Ordinal)).Index], outline);
        var report = new GenerationReport { KeptItems = [] };
        var cards = CardGenerator.Generate(parsed, "ch5", report);
        Assert.DoesNotContain(cards, c => c.Front.Contains("In-Context Learning", StringComparison.Ordinal) && c.Back.Contains("Zero-Shot and Few-Shot", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Front.Contains("Few-Shot Prompting", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_description_that_says_the_terms_word_reads_as_right()
    {
        Assert.True(Fires("giveaway-related-word", Choice("下列哪一项是对「微调策略」的描述？", "使用各种技术，如梯度下降，来更新模型的参数，同时最小化任务特定的损失函数。", ["微调可能涉及调整超参数，如学习率、批量大小和丢弃率，以优化任务性能。", "对于任务，需要准备一个相关的数据集。"], "微调策略")));
        Assert.False(Fires("giveaway-related-word", Choice("下列哪一项是对「微调策略」的描述？", "微调时使用梯度下降更新模型的参数，同时最小化任务特定的损失函数。", ["微调可能涉及调整超参数，如学习率、批量大小和丢弃率。", "对于任务，需要准备一个相关的数据集。"], "微调策略")));
    }

    [Fact]
    public void A_back_that_says_a_long_term_again_but_one_character_is_trivial()
    {
        Assert.True(Fires("trivial-back", Card("TermDefinition", "“神经网络语言模型”指什么？", "使用神经网络进行语言建模", "神经网络语言模型")));
        Assert.False(Fires("trivial-back", Card("TermDefinition", "“神经网络语言模型”指什么？", "用前馈网络根据前面的词预测下一个词的概率分布", "神经网络语言模型")));
    }

    [Fact]
    public void An_explanation_quotes_the_notes_line_not_the_prompts_context()
    {
        const string note = """
            # 大语言模型的开发技术

            - 迁移学习（微调）：迁移学习是一种利用预训练期间获得的知识并将其应用于新的相关任务的技术。
                - 任务特定数据集：对于微调，需要准备一个与特定自然语言处理任务相关的数据集。
                - 超参数调整：调整学习率、批量大小和丢弃率，以优化任务性能。
                - 评估：在验证集上评估微调后的模型性能，并根据需要进行调整。
            """;

        var definitions = QuizDefinition.Of(new QuizContext(Parser.Parse(note, "dev.md"), "dev", null, 1));

        var d = Assert.Single(definitions, d => d.Term == "超参数调整");
        Assert.NotNull(d.Parent);
        Assert.Contains("（", d.NameInList, StringComparison.Ordinal);
        Assert.Equal("超参数调整：调整学习率、批量大小和丢弃率，以优化任务性能。", d.Explanation);
    }
}
