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
