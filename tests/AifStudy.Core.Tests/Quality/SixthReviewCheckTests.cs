using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after run 10 (docs/quality.md), each with an item from that review it drops and a near one it
/// keeps: stems shared with the answer, cheat-sheet glosses, repeated field labels, steps, figure legends, benefits,
/// pointers to unseen documents, emoji.
/// </summary>
public sealed class SixthReviewCheckTests
{
    [Fact]
    public void A_description_sharing_a_stem_with_the_right_name_alone_gives_it_away()
    {
        Assert.True(Fires("giveaway-related-word", Choice("Which term (Basic AI Terminology) does this describe: \"AI that interprets visual information\"?", "Computer Vision", ["Deep Learning", "NLP", "Inference"], "Computer Vision", answerIsTerm: true)));
        Assert.True(Fires("giveaway-related-word", Choice("Which term does this describe: \"Handle multiple data types (text, image, audio)\"?", "Multi-modal Models", ["Prompt Engineering", "Tokens", "Embeddings"], "Multi-modal Models", answerIsTerm: true)));
        Assert.True(Fires("giveaway-related-word", Choice("Which term does this describe: \"Data points over time\"?", "Time-series", ["Labeled", "Unlabeled", "Structured"], "Time-series", answerIsTerm: true)));
        Assert.True(Fires("giveaway-related-word", Choice("以下描述对应哪个术语？「文字序列到文字序列的转化，如机器翻译」", "序列到序列", ["序列生成", "序贯决策", "标注和语义分析"], "序列到序列", answerIsTerm: true)));

        // "learning" is in every option; "Transformer" shares nothing with "attention" the others lack.
        Assert.False(Fires("giveaway-related-word", Choice("Which term does this describe: \"Learning from labelled examples\"?", "Supervised Learning", ["Unsupervised Learning", "Reinforcement Learning"], "Supervised Learning", answerIsTerm: true)));
        Assert.False(Fires("giveaway-related-word", Choice("Which term does this describe: \"Weighs every token against every other with attention\"?", "Transformer", ["RNN", "CNN", "GAN"], "Transformer", answerIsTerm: true)));
        Assert.False(Fires("giveaway-related-word", Choice("以下描述对应哪个术语？「关注输入文本中最相关的部分」", "注意力机制", ["嵌入层", "前馈层", "输出层"], "注意力机制", answerIsTerm: true)));
    }

    [Theory]
    [InlineData("visual", "vision", true)]
    [InlineData("multiple", "multi", true)]
    [InlineData("models", "model", true)]
    [InlineData("time", "time", true)]
    [InlineData("process", "produce", false)]
    [InlineData("consumption", "container", false)]
    [InlineData("information", "inference", false)]
    [InlineData("modal", "model", false)]
    public void Two_words_are_related_when_they_share_a_stem(string a, string b, bool related) =>
        Assert.Equal(related, QualityText.Related(a, b));

    [Fact]
    public void A_multiple_choice_built_on_glosses_of_a_few_words_is_dropped_unless_it_names_an_aws_service()
    {
        Assert.True(Fires("interchangeable-glosses", Choice("Which term does this describe: \"Quick to new requirements\"?", "Responsiveness", ["Adaptability", "Scalability", "Reliability"], "Responsiveness", answerIsTerm: true)));
        Assert.True(Fires("interchangeable-glosses", Choice("Which of the following describes \"Environmental Considerations\"?", "Use efficient architectures", ["Minimize energy consumption and carbon footprint", "Treat all groups equally", "Explain each prediction"], "Environmental Considerations")));
        Assert.True(Fires("interchangeable-glosses", Choice("以下描述对应哪个术语？「灵活适应任务」", "适应性", ["响应性", "可扩展性"], "适应性", answerIsTerm: true)));

        Assert.False(Fires("interchangeable-glosses", Choice("Which of the following describes \"Amazon SageMaker Clarify\"?", "Detect bias and explain model predictions.", ["Continuously monitor model quality in production.", "Human review workflows for sensitive predictions.", "Label data with a workforce."], "Amazon SageMaker Clarify")));
        Assert.False(Fires("interchangeable-glosses", Choice("以下描述对应哪个术语？「关注输入文本中最相关的部分，是 Transformer 模型的核心部分」", "注意力机制", ["嵌入层", "前馈层"], "注意力机制", answerIsTerm: true)));
        Assert.False(Fires("interchangeable-glosses", Choice("Which of the following describes \"Overfitting\"?", "The model learns the training data too well and fails on new data", ["The model is too simple to learn the patterns in the data", "The model is trained on labelled pairs of inputs and outputs", "The model groups similar points without any labels"], "Overfitting")));
    }

    [Fact]
    public void A_benefit_or_a_back_that_uses_its_own_term_does_not_say_what_the_term_is()
    {
        Assert.True(Fires("benefit-as-definition", Card("TermDefinition", "What is Open Source Models?", "Easier to inspect and audit.", "Open Source Models")));
        Assert.True(Fires("benefit-as-definition", Card("TermDefinition", "“量化”指什么？", "更快地推理并节省显存", "量化")));
        Assert.False(Fires("benefit-as-definition", Card("TermDefinition", "What is Quantization?", "Storing weights with fewer bits, so inference is faster and cheaper.", "Quantization")));

        Assert.True(Fires("back-repeats-term", Card("TermDefinition", "What is Foundation models? (SageMaker JumpStart)", "Access to popular LLMs and other foundation models from Hugging Face", "Foundation models")));
        Assert.False(Fires("back-repeats-term", Card("TermDefinition", "What is Foundation models?", "Large models trained on broad data that can be adapted to many tasks", "Foundation models")));
        Assert.False(Fires("back-repeats-term", Card("TermDefinition", "“检索增强生成”指什么？", "先检索再生成，检索增强生成把文档加入提示", "检索增强生成")));
    }

    [Fact]
    public void A_pointer_to_a_document_the_learner_never_sees_is_dropped()
    {
        Assert.True(Fires("dangling-reference", Card("TermDefinition", "What is Pay-per-use?", "Token-based pricing aligned with your document's pricing model", "Pay-per-use")));
        Assert.True(Fires("dangling-reference", Card("TermDefinition", "“部署”指什么？", "如下图所示，将模型部署到生产环境", "部署")));
        Assert.True(Fires("dangling-reference", Card("TermDefinition", "What is Top P?", "The sampling cut-off described above", "Top P")));

        Assert.False(Fires("dangling-reference", Card("TermDefinition", "What is RAG?", "Retrieves passages from your documents and adds them to the prompt", "RAG")));
        Assert.False(Fires("dangling-reference", Card("TermDefinition", "“文本”指什么？", "文本数据，如文档和网页", "文本")));
    }

    [Fact]
    public void An_emoji_or_a_verdict_mark_in_any_text_drops_the_item()
    {
        Assert.True(Fires("emoji", Card("Cloze", "❌ ［……］：AI 本身可能被繞過。", "過度依賴 AI 自我檢查", "過度依賴 AI 自我檢查", answerIsTerm: true)));
        Assert.True(Fires("emoji", Card("TermDefinition", "What is Effect? (📥 Stop Sequences)", "Ends the output at a string", "Effect")));
        Assert.False(Fires("emoji", Card("TermDefinition", "What is Stop Sequences?", "Strings that end the output → shorter answers", "Stop Sequences")));
    }

    [Fact]
    public void A_label_the_note_writes_under_each_of_several_items_is_a_field_not_a_term()
    {
        var note = new NoteParser().Parse("# 实践项目\n## 项目 1\n- 目标：分类评论\n- 数据：电商评论 1 万条\n## 项目 2\n- 目标：问答\n- 数据：客服对话\n## 术语\n- **嵌入**：把文本变成向量的表示\n");

        Assert.Contains("数据", FieldLabels.RepeatedIn(note));
        Assert.DoesNotContain("嵌入", FieldLabels.RepeatedIn(note));
        var repeated = FieldLabels.RepeatedIn(note);
        Assert.True(Fires("repeated-field-label", Card("TermDefinition", "“数据”指什么？（实践项目）", "客服对话", "数据") with { RepeatedLabels = repeated }));
        Assert.False(Fires("repeated-field-label", Card("TermDefinition", "“嵌入”指什么？", "把文本变成向量的表示", "嵌入") with { RepeatedLabels = repeated }));
        Assert.DoesNotContain(CardGenerator.Generate(note, "n"), c => c.Front.Contains("数据", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("收集数据", true)]
    [InlineData("準備資料", true)]
    [InlineData("Collect data", true)]
    [InlineData("Train the model", true)]
    [InlineData("训练数据", false)]
    [InlineData("数据收集", false)]
    [InlineData("Training data", false)]
    [InlineData("Model deployment", false)]
    public void A_verb_and_its_object_is_a_step_not_a_term(string term, bool step) =>
        Assert.Equal(step, Fires("step-as-term", Card("TermDefinition", $"“{term}”指什么？", "收集和准备不同来源的文本数据并处理", term)));

    [Fact]
    public void Terms_from_the_list_under_a_figure_are_its_legend()
    {
        var legend = Section("![](./pic/p45.jpg)\n\n- 多对一：输入一句话，输出其情感倾向标签\n- 一对多：输入一张图片，输出一段文字\n", "自然语言处理有六个大的任务")
            with { Images = [new ImageReference("", "./pic/p45.jpg")] };
        var prose = Section("![](./pic/p45.jpg)\n\n图中是四种模式：\n\n- 多对一：输入一句话，输出其情感倾向标签\n", "序列模式")
            with { Images = [new ImageReference("", "./pic/p45.jpg")] };

        Assert.True(Fires("figure-legend", Card("TermDefinition", "“一对多”指什么？", "输入一张图片，输出一段文字", "一对多", section: legend)));
        Assert.False(Fires("figure-legend", Card("TermDefinition", "“多对一”指什么？", "输入一句话，输出其情感倾向标签", "多对一", section: prose)));
        Assert.False(Fires("figure-legend", Card("TermDefinition", "“多对一”指什么？", "输入一句话，输出其情感倾向标签", "多对一", section: Section("- 多对一：输入一句话，输出其情感倾向标签\n"))));
    }

    [Theory]
    [InlineData("Domain 3")]
    [InlineData("Task 2")]
    [InlineData("作者")]
    [InlineData("何時注意")]
    public void Course_numbers_and_bibliography_fields_are_labels(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "基础模型的应用，占考试的 28%", label)));

    [Theory]
    [InlineData("贡献方式")]
    [InlineData("Contributing")]
    [InlineData("License")]
    [InlineData("🎥 你可以从视频中获得")]
    public void A_repository_page_or_a_video_blurb_is_not_study_content(string title) =>
        Assert.True(Fires("non-content-section", Card("TermDefinition", "“分支”指什么？", "在 GitHub 上提交 Pull Request 前新建的分支", "分支", section: Section("- **分支**：提交前新建的分支\n", "LLM 笔记", title))));

    [Fact]
    public void A_title_keeps_its_name_and_loses_its_emoji_as_a_prompt_context()
    {
        var section = Section("- **Effect**：ends the output\n", "📥 Stop Sequences", "Effect");
        Assert.Equal("Stop Sequences › Effect", SubjectContext.Nearest(section, "Temperature"));
    }

    [Fact]
    public void List_recall_is_off_by_default_since_a_note_s_examples_are_not_a_closed_list()
    {
        var note = new NoteParser().Parse("# LLM\n## 能力\n- LLM 的能力包括：\n  - 文本生成\n  - 机器翻译\n  - 文本摘要\n  - 代码生成\n");

        Assert.DoesNotContain(CardGenerator.Generate(note, "n", null, GenerationOptions.Default), c => c.Kind == CardKind.ListRecall);
        Assert.Contains(CardGenerator.Generate(note, "n", null, GenerationOptions.Unchecked), c => c.Kind == CardKind.ListRecall);
    }

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
}
