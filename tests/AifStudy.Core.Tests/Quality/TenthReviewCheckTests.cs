using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The rules added after dev 13 (docs/quality.md), on glossaries: an empty name cell, letters that group terms by
/// spelling, a translation that opens a meaning, English explanations, definitions that lead on, labels as contexts.
/// </summary>
public sealed class TenthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void An_empty_name_cell_is_no_name()
    {
        var note = Parser.Parse("""
            ## 模型架构

            | 术语 | 全称 | 解释 |
            | --- | --- | --- |
            | **Transformer** | - | 基于注意力机制的神经网络架构 |
            | **MoE** | Mixture of Experts | 混合专家架构，只激活部分参数 |
            | **Attention** | N/A | 让模型关注重要信息的机制 |
            """);

        Assert.Equal(["Transformer", "MoE（Mixture of Experts）", "Attention"], note.Sections[0].Definitions.Select(d => d.Term));
    }

    [Fact]
    public void Letters_of_a_glossary_give_cards_not_multiple_choice()
    {
        const string glossary = """
            # Glossary

            ## A

            - **Accuracy**: the proportion of correct predictions among all predictions made
            - **Algorithm**: a set of rules used to solve a problem or compute a result
            - **AI**: technology that lets machines perform tasks that need human intelligence

            ## B

            - **Bias**: a systematic error that pushes predictions away from the truth
            - **Batch**: the group of training examples processed in one step of training
            - **BERT**: an encoder-only transformer that reads text in both directions
            """;
        var parsed = Parser.Parse(glossary, "g.md");

        var questions = QuestionGenerator.Generate(parsed, "g", null, 1, null, GenerationOptions.Unchecked);
        var cards = CardGenerator.Generate(parsed, "g", null, GenerationOptions.Default);

        static bool FromDefinitions(QuizQuestion q) => q.Subject?.StartsWith("term:", StringComparison.Ordinal) == true || q.Subject?.StartsWith("definition:", StringComparison.Ordinal) == true;
        Assert.DoesNotContain(questions, FromDefinitions);
        Assert.Contains(cards, c => c.Front.StartsWith("What is Accuracy?", StringComparison.Ordinal));

        // One letter as a title is not a glossary's letters.
        var one = Parser.Parse(glossary.Replace("## B", "## Other terms", StringComparison.Ordinal), "g.md");
        Assert.Contains(QuestionGenerator.Generate(one, "g", null, 1, null, GenerationOptions.Unchecked), FromDefinitions);
    }

    [Fact]
    public void A_translation_that_opens_a_meaning_is_kept_out_of_the_options()
    {
        var parsed = Parser.Parse("""
            ## 训练方法

            | 术语 | 全称 | 解释 |
            | --- | --- | --- |
            | **Pre-training** | - | 预训练，在大规模语料上学习 |
            | **SFT** | Supervised Fine-Tuning | 监督微调，用标注数据调整模型 |
            | **DPO** | Direct Preference Optimization | 直接偏好优化，RLHF 替代方案 |
            """, "t.md");

        var definitions = QuizDefinition.Of(new QuizContext(parsed, "t", null, 1));

        Assert.Equal("在大规模语料上学习", definitions.Single(d => d.Term == "Pre-training").Definition);
        Assert.Contains(CardGenerator.Generate(parsed, "t", null, GenerationOptions.Unchecked), c => c.Back.StartsWith("预训练，", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_explanation_uses_an_english_colon()
    {
        var parsed = Parser.Parse("""
            ## Speech services

            - **Amazon Polly**: turns text into lifelike speech in many voices
            - **Amazon Transcribe**: turns speech into text with timestamps
            - **Amazon Translate**: translates text between languages
            """, "s.md");

        var definitions = QuizDefinition.Of(new QuizContext(parsed, "s", null, 1));

        Assert.Equal("Amazon Polly: turns text into lifelike speech in many voices", definitions[0].Explanation);
    }

    [Fact]
    public void A_definition_that_leads_into_a_formula_gives_no_card()
    {
        var cards = Cards.Of("""
            # Metrics

            - **F1 分数**：精确率和召回率的调和平均，计算方式如下：
            - **准确率**：正确预测的样本数占总样本数的比例
            """);

        Assert.DoesNotContain(cards, c => c.Front.Contains("F1 分数", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Front.Contains("准确率", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("名詞解釋")]
    [InlineData("技術相關")]
    [InlineData("Exam Essentials")]
    [InlineData("Key Terms")]
    public void A_heading_that_only_says_terms_follow_is_a_label(string title) =>
        Assert.True(SubjectChecks.IsLabel(title));
}
