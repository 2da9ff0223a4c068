using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Development review 100c's failures (87 %, 0 broken): an ordinal label, a gerund step and a decade asked as terms, a
/// fix under a list item called troubleshooting, a back of forms or of examples, a wrong option that names the term, and
/// an acronym the description spells out. Development review 100d's: a matrix named by its letter, fame as a back, the
/// writer's own voice, a learning path, the qualities of a good feature, and "PR" spelled out by "Precision–Recall".
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

    [Theory]
    [InlineData("A矩阵", true)]
    [InlineData("W 矩陣", true)]
    [InlineData("矩阵分解", false)]
    public void A_matrix_named_by_its_letter_is_notation(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-as-term", Card("TermDefinition", $"“{term}”指什么？", "使用Kaiming/He初始化（高斯分布）", term, context: "LoRA › 参数初始化")));

    [Theory]
    [InlineData("got famous through ImageNet image classification challenge", true)]
    [InlineData("因在 ImageNet 比赛中夺冠而闻名", true)]
    [InlineData("a deep CNN with five convolutional layers", false)]
    public void How_a_name_became_famous_is_history(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("fame-back", Card("TermDefinition", "What is AlexNet?", back, "AlexNet", context: "famous architectures", script: ItemScript.English)));

    [Theory]
    [InlineData("去衡量模型所預估的結果與目標的差距", true)]
    [InlineData("衡量結果與目標差距的函數，我們有很多定義方式", true)]
    [InlineData("衡量模型預估結果與目標差距的函數", false)]
    [InlineData("The target outcome we want to predict.", false)]
    public void The_writers_own_voice_is_the_lecture(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("narration-back", Card("TermDefinition", "“誤差函數”指什麼？", back, "誤差函數", context: "ML", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("10. Quick Upgrade Path", true)]
    [InlineData("AI Roadmap", true)]
    [InlineData("Classification Metrics", false)]
    public void A_learning_path_is_no_content(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "What is MLOps?", "CI/CD, feature stores, versioning", "MLOps", context: title,
            section: Section("2. Learn **MLOps**: CI/CD, feature stores, versioning", "DSML Metrics", title), script: ItemScript.English)));

    [Fact]
    public void A_quality_of_a_good_feature_is_an_attribute() =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“相關性”指什麼？", "與目標變數高度相關", "相關性", context: "特徵選擇的重要性",
            section: Section("**好特徵的特性：**\n1. **相關性**：與目標變數高度相關\n2. **獨立性**：特徵間相關性低\n", "AI概論", "8.2 特徵選擇的重要性"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("PR-AUC", true)]
    [InlineData("Log Loss", false)]
    public void Two_capitalised_words_spell_out_a_two_letter_name(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-related-word", Choice("Which term does this describe: \"Precision–Recall tradeoff, ideal for imbalanced datasets.\"?", answer,
            ["Accuracy", "F1-Score", answer == "Log Loss" ? "ROC-AUC" : "Log Loss"], answerIsTerm: true, script: ItemScript.English)));
}
