using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind run 57: rungs and stages named by position, a simile's start, a formula or a verdict as a
/// definition, a name its back translates, a product list as a description, and one-word echoes the distinctive-word
/// check left out.
/// </summary>
public sealed class FortyThirdReviewCheckTests
{
    [Theory]
    [InlineData("更高层", true)]
    [InlineData("第1层", true)]
    [InlineData("第N层", true)]
    [InlineData("Layer 2", true)]
    [InlineData("训练前", true)]
    [InlineData("微调后", true)]
    [InlineData("Before training", true)]
    [InlineData("输入层", false)]
    [InlineData("隐藏层", false)]
    [InlineData("注意力层", false)]
    public void A_rung_or_a_stage_named_by_its_position_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "理解段落逻辑、文档主题", term)));

    [Theory]
    [InlineData("独立Embedding模型就像", true)]
    [InlineData("大模型好比", true)]
    [InlineData("独立Embedding模型", false)]
    public void The_start_of_a_simile_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", "专门的翻译官，把词语翻译成数字向量", term)));

    [Theory]
    [InlineData("measure robustness", true)]
    [InlineData("compare outputs", true)]
    [InlineData("Robustness", false)]
    public void An_order_to_the_reader_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "randomly perturbing the prompts to see how the output changes", term, script: ItemScript.English)));

    [Theory]
    [InlineData("y=f^5(f^4(f^3(f^2(f^1(x)))))", true)]
    [InlineData("L(y,y^*)", true)]
    [InlineData("Precision = TP / (TP + FP)", false)]
    [InlineData("把多层函数复合起来的前馈网络：y=f(x)", false)]
    public void A_formula_of_bare_symbols_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-back", Card("TermDefinition", "“模型”指什么？", back, "模型")));

    [Theory]
    [InlineData("大模型显著更优", true)]
    [InlineData("优选独立模型", true)]
    [InlineData("Better for small datasets", true)]
    [InlineData("理解整段上下文含义的任务，如指代消解", false)]
    [InlineData("A task that needs the meaning of the whole passage", false)]
    public void A_verdict_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("verdict-back", Card("TermDefinition", "“上下文理解任务”指什么？", back, "上下文理解任务")));

    [Theory]
    [InlineData("Code Llama", "代码生成大语言模型", true)]
    [InlineData("Code Llama", "Meta 在 Llama 2 上继续训练、专门写程序的开源模型", false)]
    [InlineData("Copilot", "代码生成大语言模型", false)]
    public void A_back_that_translates_the_name_gives_it_away(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("translated-name", Card("TermDefinition", $"“{term}”指什么？", back, term)));

    [Theory]
    [InlineData("you can generalize these models to most applications. i.e.: GPT, Llama", true)]
    [InlineData("You can monitor not just the final output but also all intermediate outputs.", true)]
    [InlineData("Models that only generate, one token after another, from what came before.", false)]
    public void A_back_addressed_to_the_reader_is_narration(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("narration-back", Card("TermDefinition", "What are Decoder Only Models?", back, "Decoder Only Models", script: ItemScript.English)));

    [Theory]
    [InlineData("Amazon S3, Amazon RDS, Amazon Redshift, Amazon DynamoDB, Amazon DocumentDB.", true)]
    [InlineData("Where training data is kept, such as object stores and databases.", false)]
    public void A_list_of_products_is_not_a_description_to_name(string description, bool dropped) =>
        Assert.Equal(dropped, Fires("name-as-definition", Choice($"Which term does this describe: \"{description}\"?", "Data storage", ["Data types", "Inference"], "Data storage", answerIsTerm: true, script: ItemScript.English)
            with { Subject = "definition:Data storage" }));

    [Theory]
    [InlineData("Detects sensitive data in S3.", true)]
    [InlineData("Detects bias in ML models and improves explainability.", false)]
    public void A_generic_word_only_the_right_description_says_gives_it_away(string distractor, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice(
            "Which of the following describes \"Amazon SageMaker Model Cards\"?", "Standardizes model documentation for governance and transparency.",
            [distractor, "Monitors AWS resource configurations for compliance."], "Amazon SageMaker Model Cards", script: ItemScript.English)));

    [Theory]
    [InlineData("Models unintentionally memorizing and leaking sensitive data.", true)]
    [InlineData("Leaking private information the model memorized.", false)]
    public void A_word_the_term_is_built_on_gives_it_away(string distractor, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice(
            "Which of the following describes \"Misinformation\"?", "AI models spreading incorrect or misleading information.",
            [distractor, "Discrimination in model predictions due to biased training data."], "Misinformation", script: ItemScript.English)));

    [Theory]
    [InlineData("核心观点总结", true)]
    [InlineData("应用选择", false)]
    public void Lines_under_a_summary_title_are_its_verdicts(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "“语义检索任务”指什么？", "把查询和文档映射到同一向量空间后按相似度检索", "语义检索任务",
            context: null, section: Section("- 语义检索任务：把查询和文档映射到同一向量空间后按相似度检索\n- 资源受限环境：优选独立模型", "总结", title))));
}

/// <summary>
/// Checks from blind run 58: a review section's answer key, entries under a field of a topic, comparisons and field
/// names as terms, a list under a why-title, a yes-or-no criterion as a definition, "两者" with no antecedent.
/// </summary>
public sealed class FortyFourthReviewCheckTests
{
    private const string ReviewQuestions = """
        6.  **Time-Series/Image**: Correct usages? (Choose two)
            *   *Correct Answers*: **A** (Time-series for anomaly detection), **D** (CNNs for defect detection).
        """;

    [Fact]
    public void An_answer_key_in_emphasis_is_a_mock_exam() =>
        Assert.True(Fires("mock-exam-source", Card("TermDefinition", "What is Time-Series/Image?", "Correct usages? (Choose two)", "Time-Series/Image",
            section: Section(ReviewQuestions, "Chapter 1", "Notes"), script: ItemScript.English)));

    [Theory]
    [InlineData("Review Questions", true)]
    [InlineData("Practice Quiz", true)]
    [InlineData("练习题", true)]
    [InlineData("Question answering", false)]
    [InlineData("Types of questions a model can answer", false)]
    public void Lines_under_a_quiz_title_are_a_mock_exam(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("mock-exam-source", Card("TermDefinition", "What is Inference?", "Using a trained model to make predictions on new data.", "Inference",
            section: Section("- **Inference**: Using a trained model to make predictions on new data.", "Chapter 1", title), script: ItemScript.English)));

    [Theory]
    [InlineData("Key Trait", true)]
    [InlineData("Mechanism", true)]
    [InlineData("Key Innovation", true)]
    [InlineData("Time-Series", false)]
    [InlineData("Types", false)]
    public void An_entry_under_a_field_of_a_topic_is_a_detail_of_it(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("field-elaboration", Card("TermDefinition", "What is Vision?", "Predicting image rotation or obscured sections.", "Vision", context: context, script: ItemScript.English)));

    [Theory]
    [InlineData("Meaning", true)]
    [InlineData("Shift", true)]
    [InlineData("Correct Answers", true)]
    [InlineData("Current Era", true)]
    [InlineData("AI Definition", true)]
    [InlineData("Deep Learning Advantage", true)]
    [InlineData("Autocorrelation", false)]
    [InlineData("Machine Learning", false)]
    public void A_field_name_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Past values influence future values.", term, script: ItemScript.English)));

    [Theory]
    [InlineData("Labeled vs Unlabeled", true)]
    [InlineData("Macie vs Inspector vs GuardDuty", true)]
    [InlineData("RAG 与微调的区别", true)]
    [InlineData("Labeled data", false)]
    public void Two_things_compared_are_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "Determines supervised vs unsupervised learning.", term, script: ItemScript.English)));

    private const string WhyGin = """
        **GIN 索引為何高效？**

        GIN 索引的高效性來自於其倒排索引的本質：

        1. **分治策略**：將複雜字串查詢分解為簡單的 N-gram 查找
        2. **空間效率**：只儲存字元組與位置映射，不需儲存完整字串
        """;

    private const string WhatGin = """
        **GIN 索引的組成**

        GIN 索引由兩部分組成：

        1. **分治策略**：將複雜字串查詢分解為簡單的 N-gram 查找
        2. **空間效率**：只儲存字元組與位置映射，不需儲存完整字串
        """;

    [Theory]
    [InlineData(WhyGin, true)]
    [InlineData(WhatGin, false)]
    public void A_list_under_a_why_title_gives_reasons_not_terms(string markdown, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "“空間效率”指什麼？", "只儲存字元組與位置映射，不需儲存完整字串", "空間效率",
            context: null, section: Section(markdown, "全文檢索", "實際專案實現"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("模型是否能够执行", true)]
    [InlineData("指令是否清晰明确", true)]
    [InlineData("Whether the instructions are clear", true)]
    [InlineData("模型按指令一步步完成任务的能力", false)]
    public void A_yes_or_no_criterion_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("criterion-back", Card("TermDefinition", "“可执行性”指什么？", back, "可执行性")));

    [Theory]
    [InlineData("结合两者，提升覆盖率与精度。", true)]
    [InlineData("结合稀疏检索与密集检索，提升覆盖率与精度。", false)]
    public void Both_with_nothing_before_it_points_outside_the_item(string description, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Choice($"以下描述对应哪个术语？「{description}」", "混合检索", ["密集检索", "稀疏检索"], "混合检索", answerIsTerm: true)));
}

/// <summary>
/// Checks from blind run 59: one name in two languages as two options, verbs as terms, a likeness or a modal clause as
/// a definition, a long three-line back, an analogy title, a name part that a description echoes.
/// </summary>
public sealed class FortyFifthReviewCheckTests
{
    [Theory]
    [InlineData("Pre-training", "预训练", true)]
    [InlineData("Fine-tuning", "微调", true)]
    [InlineData("Training", "训练数据集", false)]
    [InlineData("RAG", "微调", false)]
    public void One_name_in_two_languages_is_two_right_answers(string english, string chinese, bool dropped) =>
        Assert.Equal(dropped, Fires("two-right-answers", Choice("以下描述对应哪个术语？「小学。学习语法、逻辑和通用世界知识。」", english, [chinese, "检索增强生成"], english, answerIsTerm: true)));

    [Theory]
    [InlineData("Describes", true)]
    [InlineData("Detects", true)]
    [InlineData("Detection", false)]
    public void A_verb_alone_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What are {term}?", "Intended use cases, limitations and responsible design choices.", term, script: ItemScript.English)));

    [Theory]
    [InlineData("像按内容相似度找书（语义搜索）", true)]
    [InlineData("Like a librarian who finds books by meaning.", true)]
    [InlineData("按语义相似度存储和检索向量的数据库", false)]
    public void A_likeness_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("analogy-back", Card("TermDefinition", "“向量数据库”指什么？", back, "向量数据库")));

    [Theory]
    [InlineData("can yield higher performance, but more complex", true)]
    [InlineData("may produce incorrect results", true)]
    [InlineData("Splits text where its meaning changes.", false)]
    public void A_clause_that_opens_at_its_modal_is_a_fragment(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("fragment-back", Card("TermDefinition", "What is Semantic chunking?", back, "Semantic chunking", script: ItemScript.English)));

    [Fact]
    public void Three_long_lines_are_a_lecture() =>
        Assert.True(Fires("lecture-back", Card("TermDefinition", "What is Security?",
            "- Security ensures the Confidentiality, Integrity, and Availability (CIA triad) of AI systems.\n- Protects: Training data, Model artifacts, Inference results, Underlying infrastructure\n- Prevents risks such as data leakage, model tampering, unauthorized access, and service disruption.",
            "Security", script: ItemScript.English)));

    [Fact]
    public void Three_short_lines_are_not_a_lecture() =>
        Assert.False(Fires("lecture-back", Card("TermDefinition", "What is the CIA triad?", "- Confidentiality\n- Integrity\n- Availability", "CIA triad", script: ItemScript.English)));

    [Theory]
    [InlineData("Fully autonomous 1/18th scale race car for learning reinforcement learning.", "Managed service to build, train and deploy models.", true)]
    [InlineData("Fully autonomous 1/18th scale race car for learning reinforcement learning.", "A race track simulator for model cars.", false)]
    public void A_part_of_a_joined_name_gives_it_away(string answer, string distractor, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice("Which of the following describes \"AWS DeepRacer\"?", answer,
            [distractor, "Extracts text and data from scanned documents."], "AWS DeepRacer", script: ItemScript.English)));
}
