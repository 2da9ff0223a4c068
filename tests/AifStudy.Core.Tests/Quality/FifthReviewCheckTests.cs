using AifStudy.Core.Flashcards;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Core.Tests.Flashcards;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>The checks added after the fifth review (run 5), each with an item it drops and one it keeps; the generator rules are in <see cref="FifthReviewRuleTests"/>.</summary>
public sealed class FifthReviewCheckTests
{
    [Fact]
    public void A_definition_that_only_places_or_praises_the_term_is_dropped()
    {
        Assert.True(Fires("classification-only", Card("TermDefinition", "“生成式 AI”指什么？", "深度学习的一个子集", "生成式 AI")));
        Assert.True(Fires("classification-only", Card("TermDefinition", "“提示词工程”指什么？", "充分利用生成式 AI 模型的一项重要技能", "提示词工程")));
        Assert.True(Fires("classification-only", Card("TermDefinition", "“SHAP”指什麼？", "當今解釋機器學習模型預測最具理論與實務價值的工具之一。", "SHAP", script: ItemScript.Traditional)));
        Assert.True(Fires("classification-only", Card("TermDefinition", "What is Generative AI?", "A subset of deep learning.", "Generative AI")));
        Assert.True(Fires("classification-only", Choice("下列哪一项是对「生成式 AI」的描述？", "深度学习的一个子集", ["一组可以调整的值", "利用模型进行预测的过程", "将单词转换为数字的方法"], "生成式 AI") with { Subject = "term:生成式 AI" }));

        Assert.False(Fires("classification-only", Card("TermDefinition", "“生成式 AI”指什么？", "深度学习的一个子集，用于生成新的原创内容", "生成式 AI")));
        Assert.False(Fires("classification-only", Card("TermDefinition", "“LoRA”指什么？", "一种流行的 PEFT 技术，冻结原始权重并创建低秩矩阵", "LoRA")));
        Assert.False(Fires("classification-only", Card("TermDefinition", "What is Generative AI?", "A subset of deep learning that creates new content, such as text and images.", "Generative AI")));
    }

    [Fact]
    public void A_back_that_runs_on_into_another_field_is_dropped_and_a_list_of_facts_is_not()
    {
        Assert.True(Fires("back-mixes-fields", Card("TermDefinition", "“扩散架构”指什么？", "- 通过两步过程进行学习\n- 应用：用隐式扩散模型进行高分辨率图像合成", "扩散架构")));
        Assert.True(Fires("back-mixes-fields", Card("TermDefinition", "What is RAG?", "Retrieves documents and adds them to the prompt. Example: a support chatbot.", "RAG")));

        Assert.False(Fires("back-mixes-fields", Card("TermDefinition", "“嵌入层”指什么？", "- 将输入文本转换为向量表示\n- 捕获嵌入之间的复杂关系", "嵌入层")));
        Assert.False(Fires("back-mixes-fields", Card("TermDefinition", "What is Precision?", "TP / (TP + FP): how many predicted positives are right", "Precision")));
    }

    [Fact]
    public void A_short_back_holding_every_character_of_the_term_restates_it()
    {
        Assert.True(Fires("trivial-back", Card("TermDefinition", "“序列生成”指什么？", "文字序列的生成，也就是基于语言模型的生成。", "序列生成")));
        Assert.True(Fires("trivial-back", Card("TermDefinition", "“收集数据”指什么？", "收集和准备用于训练的数据，并处理这些数据", "收集数据")));
        Assert.True(Fires("trivial-back", Card("TermDefinition", "What is Efficiency?", "evaluate the model's efficiency in computation", "Efficiency")));

        Assert.False(Fires("trivial-back", Card("TermDefinition", "“微调”指什么？", "在预训练模型的基础上用特定任务的数据继续训练", "微调")));
        Assert.False(Fires("trivial-back", Card("TermDefinition", "“Transformer”指什么？", "具有将输入文本转换为嵌入的编码器组件，和使用嵌入发出输出的解码器组件", "Transformer")));
    }

    [Fact]
    public void A_one_paragraph_definition_of_three_sentences_is_a_lecture_and_a_two_language_back_is_not()
    {
        Assert.True(Fires("lecture-back", Card("TermDefinition", "“分词”指什么？", "分词是把文本切成标记的过程。常用 BPE。词表大小影响模型。", "分词")));
        Assert.True(Fires("lecture-back", Card("TermDefinition", "“预训练”指什么？", new string('训', 170), "预训练")));

        Assert.False(Fires("lecture-back", Card("TermDefinition", "“分词”指什么？", "分词是把文本切成标记的过程，常用 BPE。", "分词")));
        Assert.False(Fires("lecture-back", Card("TermDefinition", "What is Embeddings?", "Embeddings are numerical representations of tokens. Each token gets a vector.\n\n嵌入是標記的數字表示。每個標記都分配有一個向量。", "Embeddings")));
    }

    [Fact]
    public void A_cloze_that_opens_by_pointing_outside_its_sentence_is_dropped()
    {
        Assert.True(Fires("cloze-without-antecedent", Card("Cloze", "其核心目标是建立一个［……］，用来估计每个词语出现的概率。", "统计模型", "统计模型", answerIsTerm: true)));
        Assert.True(Fires("cloze-without-antecedent", Card("Cloze", "我们会将这些［……］一个高维的向量空间里面。", "词嵌入", "词嵌入", answerIsTerm: true)));
        Assert.True(Fires("cloze-without-antecedent", Card("Cloze", "They provide a more [...] and scalable method.", "objective", "objective", answerIsTerm: true)));

        Assert.False(Fires("cloze-without-antecedent", Card("Cloze", "［……］是一种生成模型类别，它们学习如何反转一个渐进产生噪声的过程。", "扩散模型", "扩散模型", answerIsTerm: true)));
        Assert.False(Fires("cloze-without-antecedent", Card("Cloze", "Evaluating a [...] helps determine whether it meets expected requirements.", "foundation model", "foundation model", answerIsTerm: true)));
    }

    [Fact]
    public void A_cloze_cut_inside_brackets_is_a_fragment() =>
        Assert.True(Fires("cloze-fragment", Card("Cloze", "Scope 3: You build an app on a [...] FM (e.g.", "pre-trained", "pre-trained", answerIsTerm: true)));

    [Theory]
    [InlineData("英文")]
    [InlineData("中文")]
    [InlineData("TPM Insight")]
    [InlineData("Key takeaways")]
    [InlineData("学习心得")]
    public void A_language_label_or_a_remark_is_a_label(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "一个 token 约等于 4 个英文字符", label)));

    [Fact]
    public void A_pair_across_a_function_character_is_not_a_distinctive_word()
    {
        // "技術的成熟" and "AI技術的普及" share only "術的": the answer alone holds 深度學習.
        Assert.True(Fires("giveaway-shared-words", Choice(
            "下列哪一項是對「深度學習技術的成熟」的描述？", "深度學習在圖像識別、語音識別等領域取得了重大突破。",
            ["隨著AI技術的普及，數據隱私成為重要考量。", "多模態數據的AI模型逐漸興起。", "AI從專業領域滲透到日常生活中。"], "深度學習技術的成熟", script: ItemScript.Traditional)));
    }

    [Fact]
    public void A_claim_or_feature_asked_as_a_term_is_dropped_and_a_term_that_starts_alike_is_not()
    {
        Assert.True(Fires("claim-as-term", Card("TermDefinition", "“簡化開發流程”指什麼？", "Bedrock 是無伺服器的，開發者不需要管理任何基礎設施。", "簡化開發流程", script: ItemScript.Traditional)));
        Assert.True(Fires("claim-as-term", Card("TermDefinition", "“无法保障内容可信”指什么？", "大模型会编造词句，无法保障内容真实可信", "无法保障内容可信")));
        Assert.True(Fires("claim-as-term", Card("TermDefinition", "What is Reduces cost?", "pay only for the tokens you use", "Reduces cost")));

        Assert.False(Fires("claim-as-term", Card("TermDefinition", "“支持向量机”指什么？", "一种寻找最大间隔超平面的分类算法", "支持向量机")));
        Assert.False(Fires("claim-as-term", Card("TermDefinition", "“自动编码器”指什么？", "把输入压缩再重建的神经网络", "自动编码器")));
        Assert.False(Fires("claim-as-term", Card("TermDefinition", "What is Support Vector Machine?", "a classifier that finds the widest margin", "Support Vector Machine")));
    }

    [Fact]
    public void A_sentence_given_as_context_is_dropped()
    {
        Assert.True(Fires("sentence-context", Card("TermDefinition", "“模型定制”指什麼？", "使用者可以利用自己的數據自訂模型", "模型定制", context: "Amazon Bedrock 是一個全受管的服務。以下是 Bedrock 的主要特點：")));
        Assert.False(Fires("sentence-context", Card("TermDefinition", "“模型定制”指什麼？", "使用者可以利用自己的數據自訂模型", "模型定制", context: "Bedrock 服務介紹")));
    }

    [Fact]
    public void A_back_that_only_gives_an_example_is_dropped() =>
        Assert.True(Fires("classification-only", Card("TermDefinition", "“编码器的输入”指什么？", "是一个词，比如：机器", "编码器的输入")));

    [Fact]
    public void An_english_answer_spelled_out_in_chinese_reveals_itself()
    {
        Assert.True(Fires("self-revealing", Card("Cloze", "［……］，仅包含解码器部分，通常用于序列生成任务。", "Decoder-Only", "Decoder-Only", answerIsTerm: true)));
        Assert.False(Fires("self-revealing", Card("Cloze", "［……］，通常用于序列生成任务，如文本生成。", "Decoder-Only", "Decoder-Only", answerIsTerm: true)));
    }

    [Fact]
    public void A_word_of_the_term_that_only_the_right_description_holds_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice(
            "下列哪一項是對「性能跟蹤」的描述？", "記錄模型在不同數據集上的性能指標",
            ["提供結構化的模板來記錄模型信息", "便於團隊成員之間共享模型信息", "跟蹤模型的不同版本和變更"], "性能跟蹤", script: ItemScript.Traditional)));
        Assert.True(Fires("giveaway-shared-words", Choice(
            "Which of the following describes \"Feature Store\"?", "集中存储和管理机器学习特征",
            ["跟踪模型的版本", "自动检测数据漂移", "标注训练数据"], "Feature Store")));
        Assert.False(Fires("giveaway-shared-words", Choice(
            "下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示",
            ["关注输入文本中最相关的部分", "将向量转换为更高权重的版本", "根据任务输出最终的预测结果"], "嵌入层")));
    }

    [Fact]
    public void A_cloze_whose_sentence_only_places_its_blank_is_dropped()
    {
        Assert.True(Fires("classification-only", Card("Cloze", "［……］是深度学习的一个子集。", "生成式 AI", "生成式 AI", answerIsTerm: true)));
        Assert.True(Fires("classification-only", Card("Cloze", "［……］是充分利用生成式 AI 模型的一项重要技能。", "提示词工程", "提示词工程", answerIsTerm: true)));
        Assert.False(Fires("classification-only", Card("Cloze", "［……］是一种生成模型类别，学习如何反转一个渐进产生噪声的过程。", "扩散模型", "扩散模型", answerIsTerm: true)));
    }

    [Fact]
    public void A_plural_pointer_before_the_blank_has_no_antecedent() =>
        Assert.True(Fires("cloze-without-antecedent", Card("Cloze", "You don't need the math behind them, but recognize their [...] in the exam.", "primary purpose", "primary purpose", answerIsTerm: true)));

    [Fact]
    public void A_list_whose_label_names_its_entries_reveals_them()
    {
        Assert.True(Fires("list-named-in-front", Card("ListRecall", "基础模型 › 训练、微调和提示调整：包括哪 3 项？", "预训练\n微调\n提示工程", "训练、微调和提示调整")));
        Assert.False(Fires("list-named-in-front", Card("ListRecall", "基础模型 › FM 的示例：包括哪 3 项？", "Amazon Titan\nMeta Llama 2\nAnthropic Claude", "FM 的示例")));
    }

    [Fact]
    public void A_back_that_says_when_to_use_the_term_is_not_what_it_is()
    {
        Assert.True(Fires("classification-only", Card("TermDefinition", "“自监督学习”指什么？", "适用于预训练大规模模型，重点在于生成通用特征。", "自监督学习")));
        Assert.True(Fires("label-as-term", Card("TermDefinition", "“使用时机”指什么？", "数据量大且没有标签时", "使用时机")));
    }

    [Theory]
    [InlineData("如何使用 LangChain")]
    [InlineData("Why it's tricky")]
    [InlineData("成本效益")]
    public void A_how_to_a_why_or_a_field_is_a_label(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "按需付费，只为使用的标记付费", label)));

    [Fact]
    public void A_definition_of_more_than_four_points_is_a_lecture() =>
        Assert.True(Fires("lecture-back", Card("TermDefinition", "“Transformer”指什么？", "编码器\n解码器\n并行处理\nLLM 的关键\n仅解码器", "Transformer")));

    [Theory]
    [InlineData("落地")]
    [InlineData("变种")]
    [InlineData("The original question")]
    public void More_labels_are_labels(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "在 Bedrock 中用代理完成多步骤任务", label)));

    [Fact]
    public void A_term_that_starts_with_and_is_a_fragment() =>
        Assert.True(Fires("incomplete-term", Card("TermDefinition", "“与 Bedrock”指什么？", "在 Agents 中采用 ReAct 思路完成多步任务", "与 Bedrock")));

    [Fact]
    public void An_english_name_whose_word_the_description_translates_is_given_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「通过大量查询窃取模型的参数和行为」", "Model Stealing", ["Prompt Injection", "Data Poisoning", "Denial of Service"], "Model Stealing", answerIsTerm: true)));
        Assert.False(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「通过大量查询复制模型的参数和行为」", "Model Stealing", ["Prompt Injection", "Data Poisoning", "Denial of Service"], "Model Stealing", answerIsTerm: true)));
    }

    [Fact]
    public void A_blank_beside_its_own_gloss_reveals_itself() =>
        Assert.True(Fires("self-revealing", Card("Cloze", "［……］（Cross-validation）是一种评估模型泛化能力的方法。", "交叉验证", "交叉验证", answerIsTerm: true)));

    [Fact]
    public void A_blanked_question_is_a_fragment() =>
        Assert.True(Fires("cloze-fragment", Card("Cloze", "为什么［……］会导致模型在新数据上表现变差？", "过拟合", "过拟合", answerIsTerm: true)));

    [Fact]
    public void A_glossary_clue_that_spells_the_bracketed_name_or_the_acronym_reveals_it()
    {
        Assert.True(Fires("self-revealing", Card("Cloze", "［……］ 结合语义检索和关键词检索的混合方法。", "Hybrid Search（混合检索）", "Hybrid Search（混合检索）", answerIsTerm: true)));
        Assert.True(Fires("self-revealing", Card("Cloze", "［……］ Approximate Nearest Neighbor，向量搜索中用于快速查找相似向量的算法。", "ANN（近似最近邻）", "ANN（近似最近邻）", answerIsTerm: true)));
        Assert.False(Fires("self-revealing", Card("Cloze", "［……］ 向量搜索中用于快速查找相似向量的算法。", "ANN（近似最近邻）", "ANN（近似最近邻）", answerIsTerm: true)));
    }

    [Fact]
    public void A_back_that_restates_an_english_label_in_other_word_forms_is_trivial() =>
        Assert.True(Fires("trivial-back", Card("TermDefinition", "What is Prompt Filters?", "set the level of filtering for user prompts", "Prompt Filters")));

    [Theory]
    [InlineData("Memory Trick")]
    [InlineData("Trap")]
    [InlineData("Mitigation")]
    [InlineData("Common techniques")]
    [InlineData("RAG-specific risk")]
    public void Callout_and_field_labels_of_english_notes_are_labels(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"What is {label}? (Prompt injection)", "validate inputs and limit what the model can call", label)));
}
