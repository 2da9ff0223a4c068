using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>The generator rules changed after run 10 and dev 10: prompt context, wording, backs, the answers a typed cloze takes.</summary>
public sealed class SixthReviewRuleTests
{
    [Theory]
    [InlineData("Tokens", "What are")]
    [InlineData("LLMs", "What are")]
    [InlineData("Amazon Bedrock Agents", "What are")]
    [InlineData("Embeddings (嵌入)", "What are")]
    [InlineData("Bias", "What is")]
    [InlineData("Analysis", "What is")]
    [InlineData("AWS", "What is")]
    [InlineData("Time series", "What is")]
    [InlineData("Precision", "What is")]
    public void An_english_front_agrees_with_a_plural_term(string term, string expected) =>
        Assert.Equal(expected, CardText.WhatIs(term));

    [Fact]
    public void A_plural_term_card_reads_what_are()
    {
        var cards = Cards.Of("# Glossary\n- **Tokens**: the units of text a model reads and writes, about four characters each\n");
        Assert.Contains(cards, c => c.Kind == CardKind.TermDefinition && c.Front.StartsWith("What are Tokens?", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_with_one_child_is_answered_by_that_child_without_a_bullet()
    {
        var cards = Cards.Of("# 微调\n- **RLHF**\n  - 该方法提供人类对模型输出的偏好反馈，训练奖励模型来优化模型\n");
        var card = Assert.Single(cards, c => c.Kind == CardKind.TermDefinition);
        Assert.StartsWith("该方法提供", card.Back, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lesson_label_is_never_a_prompt_context_and_a_topic_title_is()
    {
        var lesson = Section("推理是指利用模型对新数据进行处理以进行预测的过程。", "领域 3：基础模型的应用", "任务陈述 3.1：说明设计注意事项的一段很长很长的标题文字在这里", "任务陈述 3.1 第3课");
        Assert.Equal("基础模型的应用", SubjectContext.Nearest(lesson, "推理"));

        var bare = Section("推理是指利用模型对新数据进行处理以进行预测的过程。", "Domain 3", "Task Statement 3.1");
        Assert.Null(SubjectContext.Nearest(bare, "推理"));
    }

    [Theory]
    [InlineData("Transformer模型", "Transformer")]
    [InlineData("Amazon Bedrock", "Bedrock")]
    [InlineData("AWS Glue", "Glue")]
    [InlineData("擴散模型", "擴散")]
    [InlineData("diffusion model", "diffusion")]
    public void The_shorter_forms_a_typed_answer_takes_are_shown_as_the_note_writes_them(string accepted, string shorter)
    {
        Assert.Contains(shorter, AnswerMatcher.ShortForms(accepted));
        Assert.True(AnswerMatcher.IsCorrect(shorter, [accepted]));
    }

    [Fact]
    public void A_plain_term_has_no_shorter_form() => Assert.Empty(AnswerMatcher.ShortForms("正则化"));

    [Theory]
    [InlineData("大模型幻觉", "幻觉")]
    [InlineData("SageMaker Hyperparameter Tuning Jobs", "Hyperparameter Tuning")]
    [InlineData("Amazon SageMaker Clarify", "Clarify")]
    public void A_generic_prefix_or_a_jobs_suffix_may_be_left_off(string accepted, string typed) =>
        Assert.True(AnswerMatcher.IsCorrect(typed, [accepted]));

    [Theory]
    [InlineData("基础模型", "基础")]
    [InlineData("预训练模型", "预训练")]
    public void A_suffix_is_not_left_off_when_what_remains_names_nothing(string accepted, string typed)
    {
        Assert.False(AnswerMatcher.IsCorrect(typed, [accepted]));
        Assert.DoesNotContain(typed, AnswerMatcher.ShortForms(accepted));
    }

    [Fact]
    public void A_plain_english_word_in_a_chinese_sentence_is_not_asked_as_a_typed_answer_when_its_chinese_is_as_right()
    {
        const string note = "# 记忆\n## 选择建议\n很多成熟的对话系统都会采用 **Hybrid** 方案，把外部记忆和提示注入结合起来使用。\n\n## 架构\n**Transformer** 是一种通过注意力机制学习上下文关系的神经网络架构。\n";

        var clozes = Tests.Quizzes.Quizzes.OfKind(QuestionKind.Cloze, note);

        Assert.DoesNotContain(clozes, q => q.AcceptedAnswers.Contains("Hybrid"));
        Assert.Contains(clozes, q => q.AcceptedAnswers.Contains("Transformer"));
    }

    [Theory]
    [InlineData("［……］是一组可以调整以限制或影响模型响应的值。", true)]
    [InlineData("在上下文窗口内提供示例称为\"［……］\"。", true)]
    [InlineData("[...] is a neural network that learns context.", true)]
    [InlineData("很多成熟系統會走 ［……］：外部 memory + 注入 prompt。", false)]
    [InlineData("Instead of manually tweaking settings, you can run [...] to automate the search.", false)]
    [InlineData("[...] isolates each tenant's data.", true)]
    [InlineData("Encrypt the data at rest with [...].", false)]
    public void A_typed_answer_is_asked_only_of_a_definition(string front, bool asked) =>
        Assert.Equal(asked, ClozeQuestions.IsDefinition(front));

    [Fact]
    public void A_typed_answer_beside_a_longer_or_shorter_name_in_the_note_is_not_asked()
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { "嵌入", "向量嵌入", "transformer模型", "rag" };

        Assert.True(ClozeQuestions.HasNearName("嵌入", names));
        Assert.True(ClozeQuestions.HasNearName("向量嵌入", names));
        Assert.False(ClozeQuestions.HasNearName("Transformer", names));
        Assert.False(ClozeQuestions.HasNearName("RAG", names));

        const string note = "# 向量\n**向量嵌入**是一种将单词和句子转换为数字的方法，常用于检索。\n\n**嵌入**是表示含义和关系的数据的数值化表示形式。\n";
        Assert.DoesNotContain(Tests.Quizzes.Quizzes.OfKind(QuestionKind.Cloze, note), q => q.AcceptedAnswers.Contains("嵌入") || q.AcceptedAnswers.Contains("向量嵌入"));
    }

    [Fact]
    public void Terms_described_in_the_same_words_are_neither_asked_nor_offered_against_each_other()
    {
        const string note = "# 传统机器学习算法\n- **支持向量机**：用于分类和回归的算法。\n- **决策树**：用于分类和回归的算法。\n- **贝叶斯网络**：用于概率推断和决策分析的技术。\n- **K 近邻**：根据最近的样本的类别来预测新样本的类别。\n";

        var questions = Tests.Quizzes.Quizzes.Of(note);
        var cards = Cards.Of(note);

        Assert.DoesNotContain(questions, q => q.Prompt.Contains("支持向量机", StringComparison.Ordinal) || q.Prompt.Contains("决策树", StringComparison.Ordinal)
            || q.Options.Any(o => o.Contains("用于分类和回归", StringComparison.Ordinal) || o is "支持向量机" or "决策树"));
        Assert.DoesNotContain(cards, c => c.Kind == CardKind.TermDefinition && c.Back.Contains("用于分类和回归", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Kind == CardKind.TermDefinition && c.Front.Contains("贝叶斯网络", StringComparison.Ordinal));
    }
}
