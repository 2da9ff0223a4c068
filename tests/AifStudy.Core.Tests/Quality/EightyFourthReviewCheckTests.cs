using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Development review 100c's failures (87 %, 0 broken): an ordinal label, a gerund step and a decade asked as terms, a
/// fix under a list item called troubleshooting, a back of forms or of examples, a wrong option that names the term, and
/// an acronym the description spells out.
/// </summary>
public sealed class EightyFourthReviewCheckTests
{
    [Theory]
    [InlineData("应用一", true)]
    [InlineData("應用二", true)]
    [InlineData("应用层", false)]
    public void An_ordinal_label_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "在许多 NLP 的 benchmark 测试中超过微调方法", term, context: "ICL 应用与优缺点")));

    [Theory]
    [InlineData("evaluating a clustering model", true)]
    [InlineData("training the network", true)]
    [InlineData("Clustering", false)]
    [InlineData("Embedding model", false)]
    public void A_gerund_and_its_object_is_a_step(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("step-as-term", Card("TermDefinition", $"What is {term}?", "average distance to cluster center, silhouette", term, context: "Clustering", script: ItemScript.English)));

    [Theory]
    [InlineData("1970s-1980s", true)]
    [InlineData("2010s-present", true)]
    [InlineData("2023", true)]
    [InlineData("GPT-4", false)]
    public void A_decade_is_a_step_of_a_history(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("timeline-entry", Card("TermDefinition", $"“{term}”指什麼？", "第一次AI寒冬與專家系統時代", term, context: "AI的歷史發展", script: ItemScript.Traditional)));

    [Fact]
    public void An_entry_under_troubleshooting_is_a_fix() =>
        Assert.True(Fires("problem-fix", Card("TermDefinition", "What is Scalability?", "S3 scales automatically, EFS throughput grows with usage", "Scalability", context: "Troubleshooting", script: ItemScript.English)));

    [Theory]
    [InlineData("可以是离散化的 token，也可以连续的向量", true)]
    [InlineData("can be discrete tokens or continuous vectors", true)]
    [InlineData("包含输入槽和答案槽的文本串", false)]
    public void What_a_term_can_be_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("can-be-back", Card("TermDefinition", "“模版(Template)”指什么？", back, "模版(Template)", context: "提示构造")));

    [Theory]
    [InlineData("clickstreams, order of viewing, etc", true)]
    [InlineData("图像、语音、文本等", true)]
    [InlineData("data whose order matters, such as clickstreams", false)]
    [InlineData("a sequence of events ordered in time", false)]
    public void A_few_examples_that_trail_off_are_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("examples-back", Card("TermDefinition", "What is Sequence data?", back, "Sequence data", context: "Types of Data", script: ItemScript.English)));

    [Theory]
    [InlineData("使用奖惩机制让模型对齐人类价值观。", true)]
    [InlineData("使用奖惩机制让模型符合人类偏好。", false)]
    public void A_wrong_option_that_says_the_terms_chinese_reads_as_right(string distractor, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-related-word", Choice("下列哪一项是对「Alignment (对齐)」的描述？", "让 AI 行为符合人类意图和价值观的过程。",
            [distractor, "用大模型训练小模型，迁移能力同时压缩体积。"], "Alignment (对齐)")));

    [Theory]
    [InlineData("RESTful API", true)]
    [InlineData("Endpoint", false)]
    public void A_description_that_spells_out_the_acronym_gives_it_away(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-related-word", Choice("Which term does this describe: \"a scalable web application programming interface used to access services\"?", answer,
            ["authentication", "Multi-service resource", answer == "Endpoint" ? "RESTful API" : "Endpoint"], answerIsTerm: true, script: ItemScript.English)));
}
