using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after dev 10, dev 11 and run 11 (docs/quality.md), each with items from those reviews it drops and
/// near ones it keeps: wrong names sharing the description's words, course narration, verbless glossary clozes, example
/// slots, headlines, attributes under pros and cons, TeX.
/// </summary>
public sealed class SeventhReviewCheckTests
{
    [Fact]
    public void A_wrong_name_sharing_a_word_with_the_description_reads_as_right_too()
    {
        Assert.True(Fires("giveaway-related-word", Choice("以下描述对应「自然语言处理」中的哪个术语？「基于已有的文字序列产生新的文字序列，如多轮对话。」", "序贯决策", ["序列到序列", "分类", "匹配"], "序贯决策", answerIsTerm: true)));
        Assert.True(Fires("giveaway-related-word", Choice("Which term does this describe: \"Enable filters and adjust strength\"?", "Harmful Categories", ["Prompt Filters", "KMS Key Selection", "Denied Topics"], "Harmful Categories", answerIsTerm: true)));

        // "数据" and "model" are everyone's words.
        Assert.False(Fires("giveaway-related-word", Choice("以下描述对应哪个术语？「利用模型对新数据进行处理以进行预测的过程」", "推理", ["向量数据库", "嵌入"], "推理", answerIsTerm: true)));
        Assert.False(Fires("giveaway-related-word", Choice("Which term does this describe: \"Detect bias and explain model predictions\"?", "Amazon SageMaker Clarify", ["Amazon SageMaker Model Monitor", "Amazon A2I"], "Amazon SageMaker Clarify", answerIsTerm: true)));
    }

    [Fact]
    public void A_right_description_that_spells_out_its_term_gives_it_away()
    {
        Assert.True(Fires("giveaway-related-word", Choice("下列哪一项是对「序列到序列」的描述？", "文字序列到文字序列的转化，如机器翻译", ["从文字序列到标签的映射，如文本分类", "文字序列与文字序列的匹配，如搜索", "基于已有的文字序列产生新的文字序列"], "序列到序列")));
        Assert.True(Fires("giveaway-related-word", Choice("Which of the following describes \"Multi-modal Models\"?", "Handle multiple data types such as text, image and audio", ["Crafting inputs to steer a model toward an answer", "Large pretrained networks adapted to many tasks", "Numeric vectors that carry meaning"], "Multi-modal Models")));
        Assert.False(Fires("giveaway-related-word", Choice("下列哪一项是对「注意力机制」的描述？", "关注输入文本中最相关的部分", ["将输入文本转换为向量表示", "将嵌入转换为其更高权重的版本", "根据任务生成输出"], "注意力机制")));
    }

    [Fact]
    public void A_sentence_about_the_course_itself_is_not_a_fact_to_learn()
    {
        Assert.True(Fires("course-narration", Card("Cloze", "下一章 (Day 13)，我們將進入 ［……］ 的世界。", "非監督式學習", "非監督式學習", answerIsTerm: true)));
        Assert.True(Fires("course-narration", Card("Cloze", "Day 12 我們完成了監督式學習的最後一塊拼圖 —— ［……］。", "SVM", "SVM", answerIsTerm: true)));
        Assert.True(Fires("course-narration", Card("TermDefinition", "What is Zero-Shot CoT?", "Just add \"Let's think step by step\" to the prompt", "Zero-Shot CoT")));
        Assert.False(Fires("course-narration", Card("Cloze", "［……］是一种从数据中学习的方法，不需要标签。", "无监督学习", "无监督学习", answerIsTerm: true)));
        Assert.False(Fires("course-narration", Card("TermDefinition", "What is Epoch?", "One full pass of the training data through the model", "Epoch")));
    }

    [Fact]
    public void A_back_that_only_says_the_term_is_an_example_of_something_does_not_define_it()
    {
        Assert.True(Fires("classification-only", Card("TermDefinition", "“LLM”指什么？", "单模生成式 AI 的一个示例，因为输入和输出都是文本", "LLM")));
        Assert.True(Fires("classification-only", Card("TermDefinition", "What is GPT-4?", "An example of a foundation model", "GPT-4")));
        Assert.False(Fires("classification-only", Card("TermDefinition", "“少样本提示”指什么？", "在提示中给出几个示例，让模型照着完成任务", "少样本提示")));
    }

    [Theory]
    [InlineData("Clearly state the task")]
    [InlineData("Provide examples")]
    [InlineData("Components")]
    [InlineData("top_p的工作方式")]
    public void Instructions_and_generic_headings_are_not_terms(string term) =>
        Assert.NotEmpty(ItemChecks.Failures(Card("TermDefinition", $"What is {term}?", "Tell the model exactly what to do in one sentence", term))
            .Intersect(["step-as-term", "label-as-term"]));

    [Fact]
    public void A_blank_that_opens_an_english_sentence_before_its_object_is_a_verb()
    {
        Assert.True(Fires("verb-blank", Card("Cloze", "[...] with different values to find optimal settings", "Experiment", "Experiment", answerIsTerm: true)));
        Assert.True(Fires("verb-blank", Card("Cloze", "Fill in the blank: [...] the model on labelled data", "Train", "Train", answerIsTerm: true) with { Kind = "Cloze" }));
        Assert.False(Fires("verb-blank", Card("Cloze", "[...] is a neural network that learns context by tracking relationships", "Transformer", "Transformer", answerIsTerm: true)));
    }

    [Fact]
    public void A_glossary_line_blanked_without_a_verb_is_not_a_sentence()
    {
        Assert.True(Fires("verbless-cloze", Card("Cloze", "［……］ 控制模型输出随机性的参数。", "Temperature", "Temperature", answerIsTerm: true)));
        Assert.True(Fires("verbless-cloze", Card("Cloze", "填空：［……］ AI 的一个子集，让计算机从数据中学习规律。", "机器学习", "机器学习", answerIsTerm: true)));
        Assert.True(Fires("verbless-cloze", Card("Cloze", "Fill in the blank: [...] a technique that adapts a model to a task", "Fine-tuning", "Fine-tuning", answerIsTerm: true)));

        Assert.False(Fires("verbless-cloze", Card("Cloze", "［……］ 是单模生成式 AI 的一个示例。", "LLM", "LLM", answerIsTerm: true)));
        Assert.False(Fires("verbless-cloze", Card("Cloze", "［……］ 重視「抓得準」，Recall 重視「抓得全」。", "Precision", "Precision", answerIsTerm: true)));
        Assert.False(Fires("verbless-cloze", Card("Cloze", "［……］导致的是欠拟合，因为模型过于简单。", "高偏差", "高偏差", answerIsTerm: true)));
        Assert.False(Fires("verbless-cloze", Card("Cloze", "[...] is a neural network that tracks relationships in sequences", "Transformer", "Transformer", answerIsTerm: true)));
    }

    [Fact]
    public void A_blank_in_an_example_slot_has_other_right_answers()
    {
        Assert.True(Fires("ambiguous-blank", Card("Cloze", "Encrypt data at rest, for example with [...].", "AWS KMS", "AWS KMS", answerIsTerm: true)));
        Assert.True(Fires("ambiguous-blank", Card("Cloze", "静态数据要加密，例如使用［……］。", "KMS", "KMS", answerIsTerm: true)));
        Assert.False(Fires("ambiguous-blank", Card("Cloze", "[...] encrypts data at rest with keys you manage.", "AWS KMS", "AWS KMS", answerIsTerm: true)));
    }

    [Fact]
    public void Headlines_consequences_praise_and_project_settings_are_not_definitions()
    {
        Assert.True(Fires("claim-as-term", Card("TermDefinition", "“生成式AI的崛起”指什么？", "2022 年起大模型快速普及，带来新的应用", "生成式AI的崛起")));
        Assert.True(Fires("claim-as-term", Card("TermDefinition", "“AI的普及與應用”指什麼？", "各行各業開始導入 AI 工具", "AI的普及與應用", script: ItemScript.Traditional)));
        Assert.False(Fires("claim-as-term", Card("TermDefinition", "“生成式 AI”指什么？", "用于生成新的原创内容的深度学习技术", "生成式 AI")));

        Assert.True(Fires("benefit-as-definition", Card("TermDefinition", "What is Inaccuracy?", "May produce incorrect results", "Inaccuracy")));
        Assert.True(Fires("classification-only", Card("TermDefinition", "“模型卡”指什麼？", "一個強大的工具，幫助團隊提升透明度", "模型卡", script: ItemScript.Traditional)));
        Assert.True(Fires("course-narration", Card("TermDefinition", "“切分大小”指什麼？", "本專案目前設定為 512 個 token", "切分大小", script: ItemScript.Traditional)));
    }

    [Fact]
    public void A_definition_of_more_than_three_points_is_a_list_to_recall()
    {
        Assert.True(Fires("lecture-back", Card("TermDefinition", "What are Constraints?", "- cost\n- token limits\n- infrastructure\n- model size", "Constraints")));
        Assert.False(Fires("lecture-back", Card("TermDefinition", "“嵌入层”指什么？", "- 将输入文本转换为向量表示\n- 捕获嵌入之间的复杂关系", "嵌入层")));
    }

    [Theory]
    [InlineData("A.3 Factors to select a GenAI model", "Factors to select a GenAI model")]
    [InlineData("Key Principles", "Key Principles")]
    public void An_appendix_number_is_not_part_of_a_title(string title, string expected) => Assert.Equal(expected, CardText.StripNumber(title));

    [Theory]
    [InlineData("Key Principles")]
    [InlineData("主要趨勢")]
    [InlineData("Considerations")]
    public void Principles_trends_and_considerations_are_labels(string label) => Assert.True(SubjectChecks.IsLabel(label));

    [Fact]
    public void An_item_under_a_pros_cons_or_limits_title_is_a_claim_about_the_topic_above()
    {
        var cons = Section("- **部署複雜度高**：需要 DB/Redis/vector store、schema、migrations、監控。\n", "LLM Chat Memory", "方式 1: 外部 Chat Memory", "缺點 / 成本");
        var painPoints = Section("- **長期/跨回合**：模型本身無記憶，外部 store 可以跨請求保存。\n", "LLM Chat Memory", "解決的痛點");
        var kinds = Section("- **Summary store**：對很久的歷史做摘要，減少 token。\n", "LLM Chat Memory", "常見實作形態");

        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“部署複雜度高”指什麼？（缺點 / 成本）", "需要 DB/Redis/vector store、schema、migrations、監控。", "部署複雜度高", section: cons, script: ItemScript.Traditional)));
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“長期/跨回合”指什麼？（解決的痛點）", "模型本身無記憶，外部 store 可以跨請求保存。", "長期/跨回合", section: painPoints, script: ItemScript.Traditional)));
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", "What is Summary store?", "對很久的歷史做摘要，減少 token。", "Summary store", section: kinds)));
        Assert.True(SubjectChecks.IsLabel("缺點 / 成本"));
        Assert.True(SubjectChecks.IsAttributeLabel("Pros & Cons"));
        Assert.False(SubjectChecks.IsAttributeLabel("类型"));
    }

    [Fact]
    public void Tex_commands_in_the_text_are_markup()
    {
        Assert.True(Fires("markup", Card("TermDefinition", "“温度”指什么？", "最终 \\text{softmax} 会退化为一个 One-hot 向量", "温度")));
        Assert.True(Fires("markup", Card("TermDefinition", "“学习率”指什么？", "更新步长 \\eta 决定收敛速度", "学习率")));
        Assert.False(Fires("markup", Card("TermDefinition", "“学习率”指什么？", "更新步长 η 决定收敛速度", "学习率")));
    }

    [Fact]
    public void A_description_naming_the_right_option_in_chinese_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述對應「常見實作形態」中的哪個術語？「對很久的歷史做摘要，減少 token。」", "Summary store", ["Raw transcript store", "Vector memory / RAG", "Structured memory"], "Summary store", answerIsTerm: true, script: ItemScript.Traditional)));
    }

    [Fact]
    public void A_heading_glued_to_the_next_sentence_is_not_a_blank_and_a_bare_kind_of_technique_is_no_definition()
    {
        Assert.True(Fires("verbless-cloze", Card("Cloze", "Fill in the blank: [...] When a FM meets performance criteria, it can be deployed.", "Deployment", "Deployment", answerIsTerm: true)));
        Assert.True(Fires("classification-only", Card("TermDefinition", "“零样本提示”指什么？", "这是一种情绪分类提示技术", "零样本提示")));
        Assert.False(Fires("classification-only", Card("TermDefinition", "“零样本提示”指什么？", "一种提示技术，不会为提示词提供任何示例", "零样本提示")));
    }

    [Fact]
    public void A_description_or_an_option_opening_with_it_has_no_subject()
    {
        Assert.True(Fires("missing-subject", Choice("Which term does this describe: \"It can handle many tasks with one model\"?", "Versatility", ["Adaptability", "Nuanced Language"], "Versatility", answerIsTerm: true)));
        Assert.True(Fires("missing-subject", Choice("Which of the following describes \"Adaptability\"?", "It adjusts to new tasks with a few examples given in the prompt", ["Understands slang, idioms and tone in many languages", "Handles text, code and images with one model"], "Adaptability")));
        Assert.False(Fires("missing-subject", Choice("Which of the following describes \"Transformer\"?", "A network that weighs every token against every other with attention", ["A network that reads a sequence one step at a time", "A network of convolutions over image patches"], "Transformer")));
    }

    [Theory]
    [InlineData("The Good (Advantages)", true)]
    [InlineData("缺點 / 限制", true)]
    [InlineData("常見實作形態", false)]
    public void Advantages_and_limits_titles_are_attribute_labels(string title, bool attribute) =>
        Assert.Equal(attribute, SubjectChecks.IsAttributeLabel(title));

    [Theory]
    [InlineData("Head 3")]
    [InlineData("核心逻辑")]
    [InlineData("训练阶段")]
    public void Illustration_numbers_and_mechanism_fields_are_labels(string label) => Assert.True(SubjectChecks.IsLabel(label));

    [Theory]
    [InlineData("因为")]
    [InlineData("1990s")]
    [InlineData("2020年代")]
    [InlineData("User")]
    public void Conjunctions_periods_and_roles_are_labels(string label) => Assert.True(SubjectChecks.IsLabel(label));

    [Fact]
    public void Blog_chatter_and_placeholder_titles_are_not_study_content()
    {
        Assert.True(Fires("course-narration", Card("Cloze", "今天就跟大家分享下［……］的原理。", "LoRA", "LoRA", answerIsTerm: true)));
        Assert.Null(SubjectContext.Nearest(Section("- **Fine-tuning**: adapt a model to a task with labelled data\n", "title1"), "Fine-tuning"));
    }

    [Theory]
    [InlineData("Add refusal constraints", true)]
    [InlineData("Repeat system identity", true)]
    [InlineData("Input validation", false)]
    [InlineData("Refusal training", false)]
    public void An_instruction_bullet_is_a_step_not_a_term(string term, bool step) =>
        Assert.Equal(step, Fires("step-as-term", Card("TermDefinition", $"What is {term}?", "\"You are a safe assistant. Do not generate unsafe content.\"", term)));

    [Fact]
    public void An_outline_section_is_not_content() =>
        Assert.True(Fires("non-content-section", Card("TermDefinition", "What is Prompt Design?", "System vs. User Prompts", "Prompt Design", section: Section("- **Prompt Design**: System vs. User Prompts\n", "Prompt Engineering", "Structure Overview"))));
}
