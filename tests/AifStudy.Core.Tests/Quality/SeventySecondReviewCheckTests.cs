using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// A development review of 300 items never judged before from corpora 37–84 (not a measured run): labels, clauses as
/// Chinese terms, a use or a kind for a definition, a back that points at what it never named, exam weights and slugs in
/// a context.
/// </summary>
public sealed class SeventySecondReviewCheckTests
{
    [Theory]
    [InlineData("Capabilities", true)]
    [InlineData("Variants", true)]
    [InlineData("Concerns", true)]
    [InlineData("Using", true)]
    [InlineData("STATUS", true)]
    [InlineData("Global", true)]
    [InlineData("关键洞察", true)]
    [InlineData("最大優點", true)]
    [InlineData("Global Interpretability", false)]
    [InlineData("Capability Model", false)]
    public void Field_names_are_labels(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "summarization, translation, Q&A, code generation", term, context: "LLMs", script: ItemScript.English)));

    [Theory]
    [InlineData("某个方向梯度长期很大", true)]
    [InlineData("安全边界更重要", true)]
    [InlineData("中间推理不等于真实内心", true)]
    [InlineData("長文本處理能力較弱", true)]
    [InlineData("后续衍生出多种改进版本", true)]
    [InlineData("以餐廳訂單系統的範例為例", true)]
    [InlineData("连续多个时刻方向相同", true)]
    [InlineData("长期记忆", false)]
    [InlineData("连续值", false)]
    [InlineData("对比学习", false)]
    [InlineData("更新门", false)]
    public void A_clause_is_no_chinese_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"“{term}”指什么？", "该方向的步长自动变小，训练更加稳定。", term, context: "RMSprop")));

    [Theory]
    [InlineData("RMSprop › 直觉", true)]
    [InlineData("ReAct 的局限性", true)]
    [InlineData("ReAct 的使用经验", true)]
    [InlineData("ReAct 的工作方式", false)]
    public void Entries_under_an_intuition_a_limit_or_a_lesson_are_claims(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("attribute-as-term", Card("TermDefinition", "“成本和延迟”指什么？", "每一轮都会增加调用次数、token 和等待时间。", "成本和延迟", context: context,
            section: Section("- 成本和延迟：每一轮都会增加调用次数、token 和等待时间。\n- 可能陷入循环：停止条件不清楚时反复尝试。", "ReAct", context.Split('›')[^1].Trim()))));

    [Theory]
    [InlineData("a specific kind of transfer learning", true)]
    [InlineData("a kind of transfer learning", true)]
    [InlineData("a kind of transfer learning that updates a pretrained model's weights on task data", false)]
    public void A_kind_alone_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, AnswerChecks.IsClassificationOnly(back));

    [Theory]
    [InlineData("For classification, QA, and math.", true)]
    [InlineData("For code generation (e.g., HumanEval).", true)]
    [InlineData("improves any chunking technique at some cost", true)]
    [InlineData("used for model selection and hyperparameter tuning.", false)]
    [InlineData("For each query, the share of relevant documents in the top k results.", false)]
    public void A_use_alone_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("benefit-as-definition", Card("TermDefinition", "What is Pass@k?", back, "Pass@k", context: "Automatic Metrics", script: ItemScript.English)));

    [Theory]
    [InlineData("a scalar that reshapes that distribution before sampling", true)]
    [InlineData("a scalar that divides the logits, which reshapes the next-token distribution; a higher one flattens that distribution", false)]
    [InlineData("a scalar that reshapes the next-token distribution before sampling", false)]
    public void A_back_that_points_at_what_it_never_named_dangles(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "What is Temperature?", back, "Temperature", context: null, script: ItemScript.English)));

    [Theory]
    [InlineData("configure content filters", true)]
    [InlineData("Content filters", false)]
    [InlineData("Open source", false)]
    public void A_setup_step_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "filter harmful categories, prompt attacks", term, context: "Guardrails", script: ItemScript.English)));

    [Fact]
    public void An_exam_weight_and_a_slug_are_no_part_of_a_context()
    {
        var note = new NoteParser().Parse("# aws-certified-ai-practitioner\n\n## Generative AI Fundamentals (24%)\n\n- **Inference**: Using a trained model to generate outputs\n", "n.md");
        var section = note.Sections.Single(s => s.Title.StartsWith("Generative", StringComparison.Ordinal));
        Assert.Equal("Generative AI Fundamentals", SubjectContext.Of(section, "inference"));
        var top = new NoteParser().Parse("# aws-certified-ai-practitioner\n\n- **SageMaker Canvas**: no-code interface for SageMaker\n", "n.md").Sections.Single();
        Assert.Null(SubjectContext.Of(top, "SageMaker Canvas"));
    }
}

/// <summary>A second development review of 300 never-judged items of corpora 37–84 (not a measured run).</summary>
public sealed class SeventyThirdReviewCheckTests
{
    [Theory]
    [InlineData("Use in RAG", true)]
    [InlineData("Key AWS Concept", true)]
    [InlineData("Best practice", true)]
    [InlineData("Distributed", true)]
    [InlineData("Typical", true)]
    [InlineData("Key FM Concepts", false)]
    [InlineData("Distributed training", false)]
    [InlineData("Speed", false)]
    public void Field_shapes_and_bare_participles_are_labels(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Convert documents to vectors for search", term, context: "Embeddings", script: ItemScript.English)));

    [Theory]
    [InlineData("Don't fall into these traps", true)]
    [InlineData("Avoid these mistakes", true)]
    [InlineData("Prompt traps", false)]
    public void An_order_to_the_reader_is_no_context(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("sentence-context", Card("TermDefinition", "What is Vagueness?", "A prompt that is too general or unclear.", "Vagueness", context: context, script: ItemScript.English)));

    [Theory]
    [InlineData("学习率过小", "claim-as-term", true)]
    [InlineData("人類反饋成本高", "claim-as-term", true)]
    [InlineData("使用卷积神经网络（CNN）", "claim-as-term", true)]
    [InlineData("过拟合", "claim-as-term", false)]
    [InlineData("使用场景", "claim-as-term", false)]
    public void Conditions_and_verb_phrases_are_no_chinese_terms(string term, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", $"“{term}”指什么？", "模型收敛速度慢，训练时间变长。", term, context: "学习率")));

    [Theory]
    [InlineData("迁移学习与领域自适应", "领域自适应：使两个特征分布不一致的domain一致。", true)]
    [InlineData("标注和语义分析", "文字序列到标签序列或结构表示的映射，如分词、词性标注、句法分析。", false)]
    [InlineData("Processing, Training, and Deployment", "End-to-end machine learning lifecycle management in SageMaker", true)]
    public void Two_or_three_names_joined_are_no_one_term(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什么？", back, term, context: "机器学习")));

    [Theory]
    [InlineData("Covered in Feature Engineering", true)]
    [InlineData("See the chapter on sampling", true)]
    [InlineData("Oversampling the minority class with synthetic examples", false)]
    public void A_pointer_is_no_back(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "What is SMOTE?", back, "SMOTE", context: "Class imbalance", script: ItemScript.English)));

    [Theory]
    [InlineData("i.e. in Random forests, we compute an average of the results obtained from each tree.", true)]
    [InlineData("Averaging the predictions of several models, as a random forest averages its trees.", false)]
    public void An_instance_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("example-back", Card("TermDefinition", "What is Model averaging?", back, "Model averaging", context: "Ways to reduce overfitting", script: ItemScript.English)));

    [Theory]
    [InlineData("Transformer 模型的核心组件之一", true)]
    [InlineData("一个二分类问题", true)]
    [InlineData("让序列中每个位置都关注其他所有位置的机制，是 Transformer 的核心组件之一", false)]
    public void A_place_among_parts_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, AnswerChecks.IsClassificationOnly(back));

    [Theory]
    [InlineData("LoRA", "Low-Rank Adaptation - efficient fine-tuning that modifies small matrices", true)]
    [InlineData("MT-Bench", "Multi-turn benchmark with GPT-4 as judge", true)]
    [InlineData("LoRA", "Efficient fine-tuning that trains two small low-rank matrices beside frozen weights", false)]
    public void The_words_an_acronym_stands_for_give_it_away(string term, string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-expansion", Choice($"Which of the following describes \"{term}\"?", answer,
            ["Reducing model precision for faster inference", "Training a smaller model to mimic a larger one", "Lightweight modules added to a base model"], term, script: ItemScript.English)));

    [Theory]
    [InlineData("特別是在非監督學習和監督學習方面的多種演算法。", false)]
    [InlineData("AI 理論已經是資訊科學領域當中最為龐大的一個分支。", false)]
    [InlineData("深度學習是一種使用多層神經網路從資料中學習表示的機器學習方法。", true)]
    public void An_adverb_or_a_cut_sentence_is_no_prose_term(string sentence, bool read)
    {
        var section = Section(sentence, "機器學習");
        var mentions = string.Join("\n", Enumerable.Repeat("特別 AI 理論已經 深度學習", 5));
        Assert.Equal(read, AifStudy.Core.Quizzes.Prose.ProseDefinition.From(sentence, null, section, mentions + "\n" + sentence) is not null);
    }
}

/// <summary>A third development review of 300 never-judged items of corpora 37–84 (not a measured run).</summary>
public sealed class SeventyFourthReviewCheckTests
{
    [Theory]
    [InlineData("Metrics", true)]
    [InlineData("Common Pitfalls", true)]
    [InlineData("Important for AI/ML", true)]
    [InlineData("Too high", true)]
    [InlineData("Ng", true)]
    [InlineData("補充", true)]
    [InlineData("Metric learning", false)]
    [InlineData("NLP", false)]
    public void Labels_comments_and_names_are_no_terms(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Use accuracy, precision and recall to compare models.", term, context: "Evaluation", script: ItemScript.English)));

    [Theory]
    [InlineData("W", null, true)]
    [InlineData("W", "LoRA", false)]
    public void A_single_letter_needs_its_method_named(string term, string? context, bool dropped) =>
        Assert.Equal(dropped, Fires("missing-subject", Card("TermDefinition", $"“{term}”指什么？", "预训练模型的原始权重矩阵，微调时保持冻结", term, context: context)));

    [Theory]
    [InlineData("When false negatives are costly", true)]
    [InlineData("When the model memorizes noise in the training data and fails on new data", false)]
    public void When_to_use_it_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("benefit-as-definition", Card("TermDefinition", "What is Recall?", back, "Recall", context: "Key Metrics", script: ItemScript.English)));

    [Theory]
    [InlineData("-> SageMaker Ground Truth", true)]
    [InlineData("\"Need to create a labeled dataset for training\" -> SageMaker Ground Truth.", true)]
    [InlineData("Labeling raw data (images, text) so a model can learn from it", false)]
    public void A_cheat_sheet_mapping_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("mapping-back", Card("TermDefinition", "What is Data Labeling?", back, "Data Labeling", context: "Exam Cheat Sheet", script: ItemScript.English)));
}
