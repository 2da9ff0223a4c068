using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Development review 100's failures (74 %, 0 broken): labels, clause openers and claims asked as terms, an analogy, a
/// study plan and an attribute list as backs, a word cut short, a set literal as an option, a protocol given away by
/// its Chinese; and the study guide written as "- Term - definition" that gave one card. Development review 100b's:
/// a measure's state as a term, a term defined twice, reasons against a choice, exam formats, and contexts left out.
/// </summary>
public sealed class EightyThirdReviewCheckTests
{
    [Fact]
    public void A_list_of_dashed_entries_is_a_glossary()
    {
        var note = new NoteParser().Parse("# AI-900\n\n## Metrics\n\n- Accuracy - the proportion of predictions that the model got right\n- Recall - a metric that measures the proportion of positive cases found\n- Iterative training\n", "n.md");
        Assert.Equal([("Accuracy", "the proportion of predictions that the model got right"), ("Recall", "a metric that measures the proportion of positive cases found")],
            note.Sections.SelectMany(s => s.Definitions).Select(d => (d.Term, d.Definition)));
    }

    [Theory]
    [InlineData("- Iterative training - see below for the loop\n- Evaluate the model\n- Deploy it\n")]
    [InlineData("- S3 Standard - availability: 99.99%, durability: 11 nines\n- S3 IA - availability: 99.9%, durability: 11 nines\n")]
    [InlineData("- 2019 - GPT-2 was released to the public\n- 2020 - GPT-3 was released to the public\n")]
    [InlineData("- studio interfaces provide a friendly user interface to explore the services - Vision Studio\n- Speech Studio - a place to try speech\n")]
    public void A_dash_that_is_an_aside_a_field_or_a_date_is_no_definition(string list) =>
        Assert.Empty(new NoteParser().Parse("# AI-900\n\n## Notes\n\n" + list, "n.md").Sections.SelectMany(s => s.Definitions));

    [Theory]
    [InlineData("Maintain Focus", true)]
    [InlineData("Enhance Clarity", true)]
    [InlineData("Skill 可跨 Agent 共享", true)]
    [InlineData("模型可以自我修正", true)]
    [InlineData("Boosting", false)]
    [InlineData("可解释性", false)]
    public void What_a_name_can_do_is_a_claim(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"What is {term}?", "helps the model stay on topic", term, context: "Negative Prompting", script: ItemScript.English)));

    [Theory]
    [InlineData("关键思想")]
    [InlineData("想法")]
    [InlineData("核心假設")]
    [InlineData("Pages")]
    [InlineData("Other issues")]
    public void An_idea_an_assumption_or_a_field_is_a_label(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "从任务相关的类比样本中学习", term, context: "ICL")));

    [Theory]
    [InlineData("Instruction Learning 建模指令有", true)]
    [InlineData("对每个 Prompt", true)]
    [InlineData("当模型过拟合时", true)]
    [InlineData("当前状态", false)]
    [InlineData("所有", false)]
    [InlineData("在线学习", false)]
    public void A_clause_opener_or_a_trailing_verb_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "基于语义解析器、基于提示模板、基于前缀指令", term, context: "Instruction Learning")));

    [Theory]
    [InlineData("**射箭比喻**：", true)]
    [InlineData("**例子**：", false)]
    public void An_entry_of_an_analogy_is_the_picture(string lead, bool dropped) =>
        Assert.Equal(dropped, Fires("analogy-entry", Card("TermDefinition", "“高偏差”指什麼？", "箭都偏離靶心，但很集中 → 瞄準有問題", "高偏差", context: "Bias–Variance Trade-off",
            section: Section("- **高偏差（High Bias）**\n  - 模型太簡單\n\n" + lead + "\n- 高偏差：箭都偏離靶心，但很集中 → 瞄準有問題\n", "ML", "Bias–Variance Trade-off"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("PR curve is best suited to evaluate models on data sets where most cases are negative.", true)]
    [InlineData("Open-source, good for local inference", true)]
    [InlineData("A curve that plots precision against recall; it is used for imbalanced data.", false)]
    public void A_back_that_says_only_its_use_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("use-back", Card("TermDefinition", "What is PR Curve?", back, "PR Curve", context: "Classification", script: ItemScript.English)));

    [Fact]
    public void Exam_preparation_is_no_content() =>
        Assert.True(Fires("non-content-section", Card("TermDefinition", "“Sequential Estimation”指什麼？", "從 MLE 推導 Sequential Update 公式", "Sequential Estimation", context: "必須親手推導的公式",
            section: Section("5. **Sequential Estimation**\n   - 從 MLE 推導 Sequential Update 公式\n", "ML", "🎯 考試準備建議", "必須親手推導的公式"), script: ItemScript.Traditional)));

    [Fact]
    public void Tips_under_a_list_item_are_tips() =>
        Assert.True(Fires("tip-entry", Card("TermDefinition", "What is Image format?", "supported images are JPEG, PNG, GIF, and BMP", "Image format", context: "Tips for more accurate results", script: ItemScript.English)));

    [Theory]
    [InlineData("{move up, move down, move left, move right}", true)]
    [InlineData("encoding of the agent and its environment", false)]
    public void A_set_literal_is_data(string option, bool dropped) =>
        Assert.Equal(dropped, Fires("set-literal", Choice("Which of the following describes \"State\"?", "encoding of the agent and current environment", [option, "where the robot has been"], "State")));

    [Theory]
    [InlineData("加上固定的embeddin", "1. `Architecture Engineering`：加上固定的embeddin\n2. `Objective Engineering`：使用动态的embedding 加上fine-tuning\n", true)]
    [InlineData("加上固定的embedding", "1. 加上固定的embedding\n2. 使用动态的embeddings\n", false)]
    [InlineData("training the models", "- training the models\n- the modelling step\n", false)]
    public void A_text_that_stops_inside_a_word_is_cut(string back, string markdown, bool dropped) =>
        Assert.Equal(dropped, Fires("cut-word", Card("TermDefinition", "“Architecture Engineering”指什么？", back, "Architecture Engineering", context: "NLP 历史", section: Section(markdown, "Prompt"))));

    [Fact]
    public void A_protocol_is_given_away_by_its_chinese() =>
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「Anthropic 提出的标准化协议，定义 AI 模型与外部工具的交互接口」", "MCP (Model Context Protocol)",
            ["In-Context Learning / ICL (上下文学习)", "Chain-of-Thought / CoT (思维链)", "Prompt Engineering (提示词工程)"], answerIsTerm: true)));

    [Theory]
    [InlineData("精心设计提供给 AI 的上下文。", false)]
    [InlineData("精心设计提供给 AI 的上下文（文档、历史对话）。", true)]
    public void A_chinese_alias_beside_an_english_term_gives_its_description_away(string otherOption, bool shared) =>
        Assert.Equal(!shared, Fires("giveaway-shared-words", Choice("下列哪一项是对「Chat-based Coding (对话式编程)」的描述？", "通过对话与 AI 交互完成开发。",
            [otherOption, "先写测试用例，AI 根据测试自动生成代码。"], "Chat-based Coding (对话式编程)")));

    [Theory]
    [InlineData("Specificity 高", true)]
    [InlineData("学习率过高", true)]
    [InlineData("召回率", false)]
    [InlineData("Specificity", false)]
    public void A_measures_state_is_a_condition(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"“{term}”指什麼？", "不會誤診健康的人（少 False Positive）", term, context: "Confusion Matrix", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("- Bias detection\n  - **Amazon SageMaker Clarify** - identify potential bias in ML models\n  - **Data Wrangler** - prepare and balance data\n- Foundation model evaluation\n  - **SageMaker Clarify** - evaluate FMs for accuracy and toxicity\n  - **Amazon Bedrock** - evaluate and compare FMs\n", true)]
    [InlineData("- Bias detection\n  - **Amazon SageMaker Clarify** - identify potential bias in ML models\n  - **Data Wrangler** - prepare and balance data\n", false)]
    public void A_term_defined_twice_has_no_one_back(string markdown, bool dropped)
    {
        var section = Parsed("# Responsible AI\n\n## Tools\n\n" + markdown);
        Assert.Equal(dropped, Fires("defined-twice", Card("TermDefinition", "What is Amazon SageMaker Clarify?", "identify potential bias in ML models", "Amazon SageMaker Clarify", context: "Bias detection", section: section, script: ItemScript.English)));
    }

    [Theory]
    [InlineData("anti-choices", true)]
    [InlineData("Activation Functions › preferred choices", false)]
    public void An_entry_under_what_not_to_use_is_a_reason_against(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("avoid-entry", Card("TermDefinition", "What is step function?", "not differentiable, so gradient cannot be calculated", "step function", context: context, script: ItemScript.English)));

    [Fact]
    public void Question_formats_of_an_exam_are_no_content() =>
        Assert.True(Fires("non-content-section", Card("TermDefinition", "What is Case-study style?", "multiple questions per scenario", "Case-study style", context: "New Question Formats",
            section: Section("- Case-study style: multiple questions per scenario", "MLA-C01", "Question Patterns & Surprises"), script: ItemScript.English)));

    [Fact]
    public void A_long_title_is_named_without_its_aside() =>
        Assert.Equal("Core Dimensions of Responsible AI", SubjectContext.Nearest(Section("- Governance - Processes to enforce responsible AI practices", "Core Dimensions of Responsible AI (features of responsible AI)"), "Governance"));

    [Theory]
    [InlineData("3.大模型LLM的 训练目标", "训练目标", "大模型LLM")]
    [InlineData("RAG 的优点", "优点", "RAG")]
    [InlineData("训练目标", "训练目标", null)]
    public void A_title_that_says_whose_term_it_is_names_the_owner(string title, string term, string? owner) =>
        Assert.Equal(owner, SubjectContext.OwnerInTitle(Section("训练目标是最大化似然。", "LLM 概念", title), term));
}
