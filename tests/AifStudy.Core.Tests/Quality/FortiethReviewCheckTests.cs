using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 54: a course's study plan and outlook, slogans around a label.</summary>
public sealed class FortiethReviewCheckTests
{
    [Theory]
    [InlineData("学习建议", true)]
    [InlineData("技术学习路径", true)]
    [InlineData("实战项目推荐", true)]
    [InlineData("应用前景", true)]
    [InlineData("Learning path", true)]
    [InlineData("GPT 的训练过程", false)]
    public void A_study_plan_or_an_outlook_is_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "“前沿跟踪”指什么？", "关注最新模型和技术发展", "前沿跟踪",
            section: Section("1. **基础知识**：深度学习、Transformer架构\n2. **前沿跟踪**：关注最新模型和技术发展", "AIGC发展：从GPT1到GPT4", title))));

    [Theory]
    [InlineData("创作工具", "辅助各行业的创作工作", true)]
    [InlineData("监督学习", "有监督的学习方式", true)]
    [InlineData("监督学习", "用标注数据训练模型的学习方式", false)]
    [InlineData("科研加速", "借助模型缩短实验周期", false)]
    [InlineData("创作工具", "辅助各行业从业者写文案、画插图、做视频的生成式应用", false)]
    public void A_slogan_around_the_label_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"“{term}”指什么？", back, term)));
}

/// <summary>Checks from blind run 55: tips as definitions, a usage label as a term, Japanese translations as options.</summary>
public sealed class FortyFirstReviewCheckTests
{
    [Theory]
    [InlineData("Use lower temperature for factual answers.", true)]
    [InlineData("Specify format for extracted data.", true)]
    [InlineData("Uses a lower temperature so that answers stay factual.", false)]
    [InlineData("Prompts that ask for facts, answered best at a low temperature.", false)]
    public void A_tip_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("tip-back", Card("TermDefinition", "What are Factual Responses?", back, "Factual Responses", script: ItemScript.English)));

    [Theory]
    [InlineData("適用於", true)]
    [InlineData("Suitable for", true)]
    [InlineData("檢索增強生成", false)]
    public void A_usage_label_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什麼？", "需要即時資訊或私有/垂直資料的場景。", term, script: ItemScript.Traditional)));

    [Theory]
    [InlineData("エージェント／ツールユース / Agents / Tool Use（Function calling）", true)]
    [InlineData("让模型调用外部工具完成任务（Function calling）", false)]
    public void Japanese_text_is_not_the_notes_answer(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("japanese", Choice("下列哪一项是对「代理/工具调用」的描述？", answer, ["知识库：为 Bedrock 提供私有数据", "向量检索：按语义找相近的片段"], "代理/工具调用")));
}

/// <summary>Checks from blind run 56: a condition among descriptions of steps, a list under a heading marked critical.</summary>
public sealed class FortySecondReviewCheckTests
{
    [Theory]
    [InlineData("Occurs when a model does not identify the relationships in the training data.", true)]
    [InlineData("A method to select and transform variables when you create a predictive model.", false)]
    public void A_condition_among_descriptions_of_steps_is_off_kind(string distractor, bool dropped) =>
        Assert.Equal(dropped, Fires("off-kind-options", Choice("Which of the following describes \"Data collection\"?",
            "A step to label, ingest, and aggregate data that you will use for ML model training.",
            ["A component of the ML lifecycle that captures data and compares the data to the training data.", distractor], "Data collection", script: ItemScript.English)));

    [Theory]
    [InlineData("Disadvantages ⭐ CRITICAL:", true)]
    [InlineData("Disadvantages", true)]
    [InlineData("Generative AI concepts ⭐ CRITICAL", false)]
    public void A_list_of_disadvantages_marked_critical_is_still_a_list_of_claims(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What is Latency?", "Slower than traditional models", "Latency",
            section: Section("- **Latency**: Slower than traditional models", "GenAI Advantages vs Disadvantages", title), script: ItemScript.English)));
}
