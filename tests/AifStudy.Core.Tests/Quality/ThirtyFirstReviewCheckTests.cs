using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 42: a heading that does not name its topic, numbered plans, parts as a definition, near-synonym options.</summary>
public sealed class ThirtyFirstReviewCheckTests
{
    [Theory]
    [InlineData("RAG 痛点总结 › 共性痛点", "内容缺失", "一、RAG 架构概览", "5、RAG 痛点总结", "5.1 共性痛点")]
    [InlineData("RAG 架构概览 › 持续改进的测试和监控", "性能指标", "一、RAG 架构概览", "6、持续改进的测试和监控")]
    [InlineData("QLoRA › 关键技术", "双重量化", "微调方法知识点详解", "4. QLoRA", "4.2 关键技术")]
    [InlineData("神经网络层", "嵌入层", "基础模型的基础知识", "神经网络层")]
    [InlineData("共性痛点", "LLM安全性", "RAG 痛点总结", "共性痛点")]
    [InlineData("AWS tools for explainability", "Data lineage", "Transparent Models", "AWS tools for explainability")]
    public void A_chinese_heading_with_no_name_gets_the_title_above_that_names_the_topic(string context, string term, params string[] path) =>
        Assert.Equal(context, SubjectContext.Nearest(Items.Section("- **x**：y", path), term));

    [Theory]
    [InlineData("方案三", true)]
    [InlineData("方案 2", true)]
    [InlineData("阶段一", true)]
    [InlineData("第一", true)]
    [InlineData("三元组", false)]
    [InlineData("方案设计器", false)]
    public void A_numbered_plan_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "对排序模型的升级，需要在数据库层面提供原生张量支持", term)));

    [Theory]
    [InlineData("- Feature attributions - how much each feature contributed\n- Partial dependence plots - plot how predictions change", true)]
    [InlineData("词嵌入：把词映射为向量\n位置编码：给每个位置加上向量", true)]
    [InlineData("- 定义：衡量模型偏差的工具\n- 作用：在训练前后检测偏差", false)]
    [InlineData("A tool that detects bias in data and models - before and after training.", false)]
    [InlineData("- detects bias in data and models\n- explains predictions", false)]
    public void A_back_that_lists_the_terms_parts_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("parts-back", Card("TermDefinition", "What is SageMaker Clarify? (AWS tools for explainability)", back, "SageMaker Clarify", script: ItemScript.English)));

    [Theory]
    [InlineData("Diversity", new[] { "Inclusivity", "Curated data sources" }, true)]
    [InlineData("Sustainability", new[] { "Environmental considerations", "Transparency" }, true)]
    [InlineData("多样性", new[] { "包容性", "数据质量" }, true)]
    [InlineData("Transparency", new[] { "Accountability", "Curated data sources" }, false)]
    public void Near_synonyms_are_two_right_answers(string answer, string[] distractors, bool dropped) =>
        Assert.Equal(dropped, Fires("two-right-answers", Choice("Which term (Characteristics of datasets) does this describe: \"Representing a wide range of people\"?", answer, distractors, answerIsTerm: true, script: ItemScript.English)));

    [Fact]
    public void A_wrong_description_in_the_words_of_the_terms_near_synonym_is_a_second_right_answer()
    {
        var echoed = Choice("Which of the following describes \"Diversity (Characteristics of datasets)\"?", "Incorporating a wide range of attributes, features, and variables to avoid bias",
            ["Representing diverse populations, perspectives, and experiences in training data", "Data from reputable, well-documented sources"], "Diversity", script: ItemScript.English);
        var apart = Choice("Which of the following describes \"Accountability (Characteristics of datasets)\"?", "Owning the outcomes of a model's decisions",
            ["Representing diverse populations, perspectives, and experiences in training data", "Data from reputable, well-documented sources"], "Accountability", script: ItemScript.English);

        Assert.True(Fires("two-right-answers", echoed));
        Assert.False(Fires("two-right-answers", apart));
    }

    [Fact]
    public void A_chinese_description_that_says_the_agents_role_gives_it_away() =>
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应「自主决策的 Agent」中的哪个术语？「对问题进行思考，得出解决问题的思路」", "Thought Agent",
            ["Detector Agent", "Answer Agent"], answerIsTerm: true)));
}

/// <summary>Checks from blind runs 43 and 44: Q&amp;A numbers, résumé and analogy sections, name lists, points of difference.</summary>
public sealed class ThirtySecondReviewCheckTests
{
    [Theory]
    [InlineData("Q8", true)]
    [InlineData("q 12", true)]
    [InlineData("A100", false)]
    [InlineData("Q-learning", false)]
    public void A_question_number_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "为什么深度学习需要大量的数据来训练模型", term)));

    [Theory]
    [InlineData("由底部向上依次是", true)]
    [InlineData("从左到右分别为", true)]
    [InlineData("把输入映射到向量空间的层", false)]
    public void A_back_cut_off_before_its_list_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("cut-off-back", Card("TermDefinition", "“层次”指什么？", back, "层次")));

    [Theory]
    [InlineData("Vertex AI, PaLM/Gemini, AlloyDB vector.", true)]
    [InlineData("Hugging Face (Transformers, PEFT, datasets), LangChain/LlamaIndex (RAG), FAISS/Weaviate/Pinecone (vectors).", true)]
    [InlineData("Google Cloud Platform, a suite of cloud services.", false)]
    [InlineData("A managed service for building, training and deploying models.", false)]
    public void A_back_that_only_lists_names_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("names-back", Card("TermDefinition", "What is GCP? (Beyond Certification)", back, "GCP", script: ItemScript.English)));

    [Theory]
    [InlineData("Resume Booster", true)]
    [InlineData("Mini-project ideas", true)]
    [InlineData("5️⃣ Beyond Certification", true)]
    [InlineData("Transformer basics", false)]
    public void A_resume_or_project_ideas_section_is_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "What is Prompt Pack?", "A tested set of prompts for incident triage and release notes.", "Prompt Pack",
            section: Items.Section("- **Prompt Pack**: A tested set of prompts for incident triage and release notes.", "Module 04", title), script: ItemScript.English)));

    [Theory]
    [InlineData("2⃣ Extra Clarity (Simple Analogies)", true)]
    [InlineData("4⃣ Exam Focus", true)]
    [InlineData("形象比喻", true)]
    [InlineData("Key concepts", false)]
    public void An_analogy_or_a_study_focus_is_not_a_definition(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "What is RAG?", "Open-book exam: first fetch the right pages, then answer.", "RAG",
            section: Items.Section("- **RAG**: Open-book exam: first fetch the right pages, then answer.", "Module 04", title), script: ItemScript.English)));

    [Theory]
    [InlineData("與一般 Fine-tune 的差異", "泛化能力", true)]
    [InlineData("Key differences", "Training data", true)]
    [InlineData("GPT 与 BERT 的区别", "GPT", false)]
    [InlineData("Instruct Model", "泛化能力", false)]
    public void A_point_of_difference_is_not_a_term(string title, string term, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", $"“{term}”指什麼？", "能處理訓練時未見過的指令類型", term,
            section: Items.Section($"- **{term}**：能處理訓練時未見過的指令類型", "模型訓練方法", title), script: ItemScript.Traditional)));

    [Fact]
    public void A_keycap_number_is_not_part_of_a_context() =>
        Assert.Equal("DevOps Angle", SubjectContext.Nearest(Items.Section("- **x**: y", "Module 04", "3⃣ DevOps Angle"), "Observability"));
}

/// <summary>Checks from blind run 45: numbered properties, example labels, a back cut at a preposition, numbers and tasks that give answers away.</summary>
public sealed class ThirtyThirdReviewCheckTests
{
    [Theory]
    [InlineData("特性一", true)]
    [InlineData("特性三", true)]
    [InlineData("原则2", true)]
    [InlineData("反應", true)]
    [InlineData("實際", true)]
    [InlineData("数学体现", true)]
    [InlineData("黄金法则", true)]
    [InlineData("特征工程", false)]
    [InlineData("卷积层", false)]
    public void Numbered_properties_and_example_labels_are_not_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "图片中的某些图案比整张图小得多，神经元不需要看整张图", term)));

    [Theory]
    [InlineData("the loss is a smooth, well-behaved function of", true)]
    [InlineData("the loss falls as a power law of the number of parameters.", false)]
    public void A_back_cut_at_a_preposition_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("cut-off-back", Card("TermDefinition", "What is LLM Scaling?", back, "LLM Scaling", script: ItemScript.English)));

    [Fact]
    public void A_number_only_the_right_name_carries_gives_it_away()
    {
        Assert.True(Fires("giveaway-number", Choice("以下描述对应「QLoRA › 关键技术」中的哪个术语？「一种 4-bit 的数据类型，适合正态分布的权重」", "NF4 量化", ["双重量化", "分页优化器"], answerIsTerm: true)));
        Assert.False(Fires("giveaway-number", Choice("以下描述对应「QLoRA › 关键技术」中的哪个术语？「一种适合正态分布权重的数据类型」", "NF4 量化", ["双重量化", "分页优化器"], answerIsTerm: true)));
        Assert.False(Fires("giveaway-number", Choice("以下描述对应「模型」中的哪个术语？「有 4 个注意力头的模型」", "GPT-4", ["GPT-3.5 with 4 heads", "BERT"], answerIsTerm: true)));
    }

    [Theory]
    [InlineData("Speech-to-Text", new[] { "Speech recognition", "Text-to-Speech" }, true)]
    [InlineData("Text-to-Speech", new[] { "Language detection", "Translation" }, false)]
    public void Speech_recognition_and_speech_to_text_are_one_answer(string answer, string[] distractors, bool dropped) =>
        Assert.Equal(dropped, Fires("two-right-answers", Choice("Which term (Speech) does this describe: \"Converts spoken audio into text\"?", answer, distractors, answerIsTerm: true, script: ItemScript.English)));

    [Theory]
    [InlineData("零样本提示", "一种情绪分类提示技术，不会为提示词提供任何示例", true)]
    [InlineData("情感分类", "一种情感分类技术，判断文本的情绪倾向", false)]
    [InlineData("少样本提示", "一种在提示中提供少量示例的提示技术", false)]
    [InlineData("逻辑回归", "一种用于分类的算法", false)]
    public void A_task_given_as_the_terms_kind_is_dropped(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("task-as-kind", Card("TermDefinition", $"“{term}”指什么？", back, term)));
}
