using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes.Prose;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after runs 17 and 18 (docs/quality.md), all on cards from other authors' "X：Y" lines: guesses and
/// pointers as backs, fragments, vendors, clauses and counts as terms, lines that define their siblings too, lead-ins and
/// lesson numbers as contexts, clozes that start at their verb.
/// </summary>
public sealed class EleventhReviewCheckTests
{
    [Theory]
    [InlineData("commercial i think, Nova")]
    [InlineData("same idea, but with multi-turn conversations")]
    [InlineData("同上，只是换成多轮对话")]
    [InlineData("（X的每一行是一个样本）")]
    public void A_guess_a_pointer_or_an_aside_is_no_back(string back) =>
        Assert.True(Fires("hedged-back", Card("TermDefinition", "What is Multi-turn fine-tuning?", back, "Multi-turn fine-tuning")));

    [Theory]
    [InlineData("贝叶斯神经网络，引入参数不确定性。")]
    [InlineData("Fine-tuning on conversations of several turns, so the model keeps context")]
    public void A_definition_that_names_uncertainty_is_no_guess(string back) =>
        Assert.False(Fires("hedged-back", Card("TermDefinition", "What is it?", back, "Bayesian Neural Networks")));

    [Fact]
    public void A_participle_alone_says_how_not_what()
    {
        Assert.True(Fires("fragment-back", Card("TermDefinition", "What are Blocked topics?", "configurable by plaintext descriptions.", "Blocked topics")));
        Assert.False(Fires("fragment-back", Card("TermDefinition", "What is Training set?", "used to learn model parameters.", "Training set")));
        Assert.False(Fires("fragment-back", Card("TermDefinition", "What is Prompt injection?", "untrusted text in prompts that manipulates model behavior.", "Prompt injection")));
    }

    [Fact]
    public void A_provider_in_a_list_of_models_is_no_term()
    {
        Assert.True(Fires("vendor-as-term", Card("TermDefinition", "What is Meta?", "open source llama model", "Meta")));
        Assert.False(Fires("vendor-as-term", Card("TermDefinition", "“Hugging Face”指什么？", "Hugging Face是一个汇聚各类开源大模型的平台", "Hugging Face")));
        Assert.False(Fires("vendor-as-term", Card("TermDefinition", "What is Amazon Bedrock?", "A managed service for foundation models", "Amazon Bedrock")));
    }

    [Theory]
    [InlineData("或者直接使用公式计算")]
    [InlineData("and then evaluate")]
    public void A_clause_that_continues_a_line_is_no_term(string term) =>
        Assert.True(Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "用正规方程求解参数", term)));

    [Theory]
    [InlineData("监督学习两个问题", true)]
    [InlineData("流程應用範例", true)]
    [InlineData("課程目標", true)]
    [InlineData("解决方法", true)]
    [InlineData("FM 的示例", false)]
    [InlineData("不需要标注示例", false)]
    [InlineData("数据增强", false)]
    public void Counts_examples_and_course_aims_are_labels(string text, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(text));

    [Fact]
    public void A_line_that_defines_its_siblings_too_mixes_fields()
    {
        Assert.True(Fires("back-mixes-fields", Card("TermDefinition", "“m”指什么？", "训练样本数；x：输入变量；y：输出值；h：函数", "m")));
        Assert.False(Fires("back-mixes-fields", Card("TermDefinition", "“学习率”指什么？", "每次更新参数的步长；过大会震荡，过小收敛慢", "学习率")));
    }

    [Fact]
    public void A_lead_in_is_no_context_and_a_lesson_number_is_no_part_of_one()
    {
        var under = Section("- Blocked topics: configurable by plaintext descriptions", "Amazon Bedrock Guardrails");
        Assert.Equal("Amazon Bedrock Guardrails", SubjectContext.Place(under, "Guardrails filter prompts and outputs based on"));

        var lesson = Section("- 假设函数：h(x) = a0 + a1x", "吴恩达机器学习", "课时6 模型描述");
        Assert.Equal("模型描述", SubjectContext.Nearest(lesson, "假设函数"));
    }

    [Fact]
    public void A_cloze_sentence_that_starts_at_its_verb_has_no_subject()
    {
        Assert.True(Fires("cloze-without-antecedent", Card("Cloze", "Can be implemented using [...] to collect preference data.", "Amazon SageMaker Ground Truth", "Amazon SageMaker Ground Truth", answerIsTerm: true)));
        Assert.False(Fires("cloze-without-antecedent", Card("Cloze", "RLHF can be implemented using [...] to collect preference data.", "Amazon SageMaker Ground Truth", "Amazon SageMaker Ground Truth", answerIsTerm: true)));
    }

    [Theory]
    [InlineData("1.在输入x是一个较大的正值的时候，GELU(x)是一个接近于1的恒等映射。")]
    [InlineData("tanh函数可以理解为是基于sigmoid函数的一种改进的激活函数。")]
    [InlineData("激活函数（包括 GELU）是神经网络每一层中必要的一步运算。")]
    [InlineData("神经网络是线性的，无法解决非线性的问题。")]
    public void A_sentence_piece_or_a_property_is_no_prose_definition(string sentence)
    {
        var text = sentence + "神经网络 神经网络 神经网络 神经网络 激活函数 激活函数 激活函数 激活函数";

        Assert.Null(ProseDefinition.From(sentence, null, Section(sentence, "激活函数"), text));
    }

    [Fact]
    public void A_struck_sentence_is_no_prose_definition()
    {
        const string markdown = "~~一搜lora调参全是stableDiffusion，果然才是第一生产力~~\n\nLoRA 是一种参数高效微调的方法。";

        Assert.Null(ProseDefinition.From("一搜lora调参全是stableDiffusion，果然才是第一生产力。", null, Section(markdown, "LoRA"), markdown));
        Assert.NotNull(ProseDefinition.From("LoRA 是一种参数高效微调的方法。", null, Section(markdown, "LoRA"), markdown));
    }
}
