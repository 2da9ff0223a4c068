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
}
