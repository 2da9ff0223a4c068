using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>The checks added after the second review, each with an item it drops and one beside it that it keeps.</summary>
public sealed class MoreCheckTests
{
    [Fact]
    public void A_use_case_asked_as_a_term_is_dropped_and_a_term_beside_it_is_not()
    {
        Assert.True(Fires("use-case-restated", Card("TermDefinition", "“新闻生成”指什么？", "AI 自动撰写新闻文章或摘要", "新闻生成", section: Section(path: ["大语言模型", "LLM 使用案例"]))));
        Assert.True(Fires("use-case-restated", Card("TermDefinition", "What is Knowledge base?", "products, specs and FAQs of the shop", "Knowledge base", context: "Customer service chatbot", section: Section(path: ["Bedrock", "Use cases"]))));
        Assert.False(Fires("use-case-restated", Card("TermDefinition", "“推理”指什么？", "利用模型对新数据进行处理以进行预测", "推理", section: Section(path: ["大语言模型", "推理"]))));
    }

    [Fact]
    public void A_which_belongs_to_question_is_dropped_and_a_which_describes_question_is_not()
    {
        Assert.True(Fires("list-membership", Choice("下列哪一项属于「前置条件」？", "配置 AWS CLI", ["Claude", "Titan", "Llama"], "前置条件", answerIsTerm: true) with { Subject = "example:前置条件" }));
        Assert.False(Fires("list-membership", Choice("下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示", ["关注最相关的部分", "转换为更高权重的版本", "转换为最终的预测结果"], "嵌入层") with { Subject = "term:嵌入层" }));
    }

    [Fact]
    public void A_name_given_as_what_a_term_means_is_dropped()
    {
        Assert.True(Fires("name-as-definition", TrueFalse("判断正误：「百度」指的是：星火", "百度", true) with { Answer = "星火" }));
        Assert.True(Fires("name-as-definition", Card("TermDefinition", "“OpenAI”指什么？（闭源）", "GPT-3/4", "OpenAI")));
        Assert.False(Fires("name-as-definition", Card("TermDefinition", "“推理”指什么？", "利用模型对新数据进行处理以进行预测的过程", "推理")));
    }

    [Fact]
    public void English_wording_on_a_chinese_item_is_the_wrong_script() =>
        Assert.True(Fires("wrong-script", Card("TermDefinition", "What is Endpoints? (模型部署)", "部署模型以提供實時推理", "Endpoints", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("主要用途")]
    [InlineData("核心功能")]
    [InlineData("Key features")]
    public void A_label_with_a_qualifier_is_still_a_label(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "一段足够长的说明文字内容", label)));

    [Fact]
    public void A_giveaway_word_only_the_right_name_holds_is_caught_even_when_generic()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「预先训练好的模型，可以随时使用」", "基础模型", ["提示工程", "向量数据库", "检索增强生成"], answerIsTerm: true)));
        Assert.False(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「预先训练好的、可以随时使用的网络」", "基础模型", ["提示工程", "向量数据库", "检索增强生成"], answerIsTerm: true)));
    }
}

/// <summary>The checks added after the third review.</summary>
public sealed class ThirdReviewCheckTests
{
    [Theory]
    [InlineData("Accurate and effective completion of intended tasks → stronger ［……］")]
    [InlineData("Fill in the blank: Higher [...] generally indicates stronger business requirement")]
    [InlineData("［……］ - 无需管理基础设施")]
    [InlineData("Pre-built labeled datasets used to test against standards; [...] metrics.")]
    [InlineData("how effectively the model completes [...].")]
    public void A_blank_in_a_fragment_is_dropped(string prompt) =>
        Assert.True(Items.Fires("cloze-fragment", Items.Card("Cloze", prompt, "x", "x", answerIsTerm: true)));

    [Fact]
    public void A_blank_in_a_sentence_is_kept() =>
        Assert.False(Items.Fires("cloze-fragment", Items.Card("Cloze", "填空：［……］是基础模型的子集，在许多自然语言任务中训练。", "大语言模型", "大语言模型", answerIsTerm: true)));

    [Fact]
    public void A_blank_beside_and_in_english_is_ambiguous() =>
        Assert.True(Items.Fires("ambiguous-blank", Items.Card("Cloze", "Fill in the blank: Two key evaluation approaches are human evaluation and [...].", "benchmark datasets", "benchmark datasets", answerIsTerm: true)));

    [Fact]
    public void A_step_of_a_how_to_list_is_no_term()
    {
        Assert.True(Items.Fires("process-step-as-term", Items.Card("TermDefinition", "“确定需求”指什么？", "辅助软件自动化智能化构建", "确定需求", section: Items.Section(path: ["大语言模型", "如何在业务中应用大语言模型"]))));
        Assert.False(Items.Fires("process-step-as-term", Items.Card("TermDefinition", "“推理”指什么？", "利用模型对新数据进行预测", "推理", section: Items.Section(path: ["大语言模型", "推理"]))));
    }

    [Theory]
    [InlineData("［……］ 智能体的经典思考模式，结合推理（Reasoning）和行动（Acting）。", "ReAct")]
    [InlineData("［……］ OpenAI 开发的聊天机器人，基于 GPT 模型。", "ChatGPT")]
    [InlineData("以下描述对应哪个术语？「模型错误地将正例预测为负例的数量（假阴性）。」", "False Negative")]
    public void An_answer_spelled_by_the_prompts_words_or_glossed_beside_them_is_revealed(string prompt, string answer) =>
        Assert.True(Items.Fires("self-revealing", Items.Card("Cloze", prompt, answer, answer, answerIsTerm: true)));

    [Fact]
    public void An_english_answer_the_prompt_does_not_spell_is_not_revealed() =>
        Assert.False(Items.Fires("self-revealing", Items.Card("Cloze", "［……］ 是一种只使用注意力机制的神经网络架构。", "Transformer", "Transformer", answerIsTerm: true)));
}
