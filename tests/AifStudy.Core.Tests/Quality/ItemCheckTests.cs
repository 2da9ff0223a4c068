using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Each check fires on the failure it is named for (examples from the blind reviews) and not on a good item beside it.</summary>
public sealed class ItemCheckTests
{
    private static readonly string[] Siblings = ["关注输入文本中最相关的部分", "将嵌入转换为其更高权重的版本", "根据具体任务把表示转换为最终的预测结果"];

    [Fact]
    public void Every_check_has_a_unique_name_and_a_summary()
    {
        Assert.Equal(ItemChecks.All.Count, ItemChecks.All.Select(c => c.Name).Distinct().Count());
        Assert.All(ItemChecks.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Summary)));
    }

    [Fact]
    public void An_item_from_an_empty_or_placeholder_section_is_dropped_but_steps_named_by_subsections_are_not()
    {
        Assert.True(Fires("empty-section", Card("TermDefinition", "“A”指什么？", "一种很长的定义文字内容", "A", section: Section("略"))));
        Assert.False(Fires("empty-section", Card("OrderedListRecall", "按顺序列出训练阶段（3 项）", "1. 预训练", "训练阶段", section: Section("略"))));
        Assert.False(Fires("empty-section", Card("TermDefinition", "“A”指什么？", "一种很长的定义文字内容", "A")));
    }

    [Theory]
    [InlineData("13. Which service…\n\nA. Amazon Bedrock\nB. Amazon Comprehend\n")]
    [InlineData("问题：哪项服务……\n\n答案：B\n")]
    [InlineData("Answer: C")]
    public void An_item_from_a_practice_question_is_dropped(string markdown) =>
        Assert.True(Fires("mock-exam-source", Card("Cloze", "填空：［……］", "business analysis", section: Section(markdown))));

    [Fact]
    public void A_list_that_merely_starts_with_a_capital_letter_is_no_practice_question() =>
        Assert.False(Fires("mock-exam-source", Card("Cloze", "填空：［……］", "x", section: Section("- Amazon Bedrock\n- AWS Lambda\n- A model is trained on data"))));

    [Fact]
    public void Items_under_a_reading_list_are_dropped_and_items_under_a_topic_are_not()
    {
        Assert.True(Fires("non-content-section", Card("TermDefinition", "What is RLHF?", "https://zhuanlan.zhihu.com/p/1", "RLHF", section: Section(path: ["微调", "参考资料"]))));
        Assert.False(Fires("non-content-section", Card("TermDefinition", "What is RLHF?", "Reinforcement learning from human feedback", "RLHF", section: Section(path: ["微调", "RLHF"]))));
    }

    [Fact]
    public void A_translation_card_is_dropped() =>
        Assert.True(Fires("translation-card", Card("BilingualPair", "RAG retrieves documents.", "RAG 检索文档。")));

    [Fact]
    public void An_order_is_asked_only_of_steps_stages_or_a_process()
    {
        Assert.True(Fires("order-that-is-not-an-order", Card("OrderedListRecall", "按顺序列出批量大小（2 项）", "1. 小批量\n2. 大批量", "批量大小", section: Section(path: ["迷你批量大小的影响"]))));
        Assert.False(Fires("order-that-is-not-an-order", Card("OrderedListRecall", "按顺序列出训练阶段（3 项）", "1. 预训练\n2. 微调", "训练阶段")));
        Assert.False(Fires("order-that-is-not-an-order", Card("OrderedListRecall", "List in order: Pipeline (3 steps)", "1. a", "Pipeline")));
    }

    [Theory]
    [InlineData("应用")]
    [InlineData("优点")]
    [InlineData("場景 2")]
    [InlineData("Pros")]
    [InlineData("Why it's wrong")]
    [InlineData("定义")]
    public void A_field_label_is_no_term(string label) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"“{label}”指什么？", "生成高质量的图像和视频内容", label)));

    [Fact]
    public void A_real_term_and_an_option_list_of_terms_pass_while_a_label_among_options_does_not()
    {
        Assert.False(Fires("label-as-term", Card("TermDefinition", "“扩散架构”指什么？", "从噪声开始逐步去噪生成图像的架构", "扩散架构")));
        Assert.True(Fires("label-as-term", Choice("下列哪一项属于「TF」？", "解释", ["原因", "描述", "优点"], "TF", answerIsTerm: true)));
        Assert.False(Fires("label-as-term", Choice("下列哪一项属于「FM 的示例」？", "Amazon Titan", ["文本生成", "图像生成", "信息提取"], "FM 的示例", answerIsTerm: true)));
    }

    [Fact]
    public void A_chapter_number_in_the_term_is_dropped() =>
        Assert.True(Fires("heading-number", Card("DefinitionTerm", "这是哪个术语？", "20 思维树 TOT", "20 思维树 TOT", answerIsTerm: true)))
        ;

    [Fact]
    public void A_term_with_a_version_number_is_no_chapter_number() =>
        Assert.False(Fires("heading-number", Card("TermDefinition", "What is GPT-4?", "a large language model by OpenAI", "GPT-4")));

    [Fact]
    public void A_clause_is_no_term()
    {
        Assert.True(Fires("incomplete-term", Card("TermDefinition", "What is Training data must?", "be labelled and cleaned first", "Training data must")));
        Assert.True(Fires("incomplete-term", Card("TermDefinition", "“特点：”指什么？", "很多很多的内容", "特点：")));
        Assert.False(Fires("incomplete-term", Card("TermDefinition", "What is Training data?", "the examples a model learns from", "Training data")));
    }

    [Fact]
    public void A_pronoun_or_leftover_label_as_subject_is_dropped()
    {
        Assert.True(Fires("missing-subject", Card("TermDefinition", "“其核心目标”指什么？", "提升模型的泛化能力", "其核心目标")));
        Assert.True(Fires("missing-subject", Card("Cloze", "Why it's wrong: Context window includes [...]", "both input AND output", "both input AND output", answerIsTerm: true)));
    }

    [Fact]
    public void A_short_term_needs_its_context_and_a_concept_does_not()
    {
        Assert.True(Fires("missing-subject", Card("TermDefinition", "“多对一”指什么？", "输入一个序列，输出一个值", "多对一", context: null)));
        Assert.False(Fires("missing-subject", Card("TermDefinition", "“多对一”指什么？（循环神经网络）", "输入一个序列，输出一个值", "多对一", context: "循环神经网络")));
        Assert.False(Fires("missing-subject", Card("TermDefinition", "“正则化”指什么？", "防止过拟合的技术", "正则化", context: null)));
        Assert.False(Fires("missing-subject", Card("TermDefinition", "What is Transformer?", "an architecture built on attention", "Transformer", context: null)));
        Assert.True(Fires("missing-subject", Card("TermDefinition", "What is chain?", "a sequence of calls", "chain", context: null)));
    }

    [Fact]
    public void A_prompt_that_spells_out_its_answer_is_dropped()
    {
        Assert.True(Fires("self-revealing", Card("DefinitionTerm", "这是哪个术语？\n\n评估和优化不同的供应链场景", "供应链优化", "供应链优化", answerIsTerm: true)));
        Assert.True(Fires("self-revealing", Card("DefinitionTerm", "这是哪个术语？\n\n文字序列到文字序列的转化", "序列到序列（seq2seq）", "序列到序列（seq2seq）", answerIsTerm: true)));
        Assert.True(Fires("self-revealing", Card("Cloze", "Fine-tuning adapts a model; [...] tuning adjusts hyperparameters for fine-tuning", "fine-tuning", "fine-tuning", answerIsTerm: true)));
        Assert.False(Fires("self-revealing", Card("Cloze", "［……］是基础模型的子集，在许多自然语言任务中训练。", "大语言模型（LLM）", "大语言模型（LLM）", answerIsTerm: true)));
    }

    [Fact]
    public void Only_the_right_option_sharing_a_word_with_the_term_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("以下描述对应哪个术语？「跟踪请求在分佈式系统中的路径」", "分佈式追蹤", ["日志管理", "指标监控", "告警通知"], answerIsTerm: true)));
        Assert.False(Fires("giveaway-shared-words", Choice("下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示", Siblings, "嵌入层")));
    }

    [Fact]
    public void A_true_false_statement_repeating_its_term_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", TrueFalse("判断正误：「供应链优化」指的是：评估和优化不同的供应链场景", "供应链优化", true)));
        Assert.False(Fires("giveaway-shared-words", TrueFalse("判断正误：「嵌入层」指的是：关注输入文本中最相关的部分", "嵌入层", false)));
    }

    [Fact]
    public void Options_that_begin_with_their_own_term_give_it_away()
    {
        Assert.True(Fires("giveaway-starts-with-term", Choice("下列哪一项是对「算力」的描述？", "算力指的是训练所需的计算资源", ["数据是模型学习的材料", "算法是求解的方法", "模型是学到的函数"], "算力")));
        Assert.False(Fires("giveaway-starts-with-term", Choice("下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示", Siblings, "嵌入层")));
    }

    [Fact]
    public void The_only_long_option_or_the_only_sentence_gives_it_away()
    {
        Assert.True(Fires("giveaway-length", Choice("下列哪一项是对「RAG」的描述？", "在生成回答之前先从外部知识库检索相关文档，并把它们作为上下文提供给模型，从而减少幻觉", ["微调模型", "提示工程", "模型蒸馏"], "RAG")));
        Assert.True(Fires("giveaway-length", Choice("下列哪一项是对「GLUE」的描述？", "通用语言理解评估基准。", ["衡量召回的指标", "衡量精确的指标", "衡量速度的指标"], "GLUE")));
        Assert.False(Fires("giveaway-length", Choice("下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示", Siblings, "嵌入层")));
    }

    [Fact]
    public void A_sentence_among_names_is_another_kind()
    {
        Assert.True(Fires("off-kind-options", Choice("下列哪一项属于「使用案例」？", "Legal research", ["Healthcare QA", "Training data must be labelled, cleaned and split before use, which takes time", "Text generation"], "使用案例", answerIsTerm: true)));
        Assert.False(Fires("off-kind-options", Choice("下列哪一项属于「FM 的示例」？", "Amazon Titan", ["Meta Llama 2", "Anthropic Claude", "Stable Diffusion"], "FM 的示例", answerIsTerm: true)));
    }

    [Fact]
    public void An_option_cut_mid_clause_is_dropped()
    {
        Assert.True(Fires("fragment-option", Choice("下列哪一项属于「步骤」？", "处理数据", ["然后模型又输出结果", "训练模型", "评估模型"], "x", answerIsTerm: true)));
        Assert.True(Fires("fragment-option", Choice("Which belongs to \"Bedrock\"?", "Knowledge bases", ["Training data must", "Agents", "Guardrails"], "x", answerIsTerm: true)));
        Assert.False(Fires("fragment-option", Choice("Which belongs to \"Bedrock\"?", "Knowledge bases", ["Model evaluation", "Agents", "Guardrails"], "x", answerIsTerm: true)));
    }

    [Fact]
    public void Two_near_synonymous_options_make_two_right_answers()
    {
        Assert.True(Fires("two-right-answers", Choice("下列哪一项是对「X」的描述？", "嵌入到反馈系统中持续改进", ["嵌入到反馈系统中", "训练模型", "评估模型"], "X")));
        Assert.False(Fires("two-right-answers", Choice("下列哪一项是对「嵌入层」的描述？", "将输入文本转换为向量表示", Siblings, "嵌入层")));
    }

    [Fact]
    public void A_blank_beside_and_or_is_ambiguous()
    {
        Assert.True(Fires("ambiguous-blank", Card("Cloze", "精度（Accuracy）和［……］是两个常用的性能指标", "召回率", "召回率", answerIsTerm: true)));
        Assert.True(Fires("ambiguous-blank", Card("Cloze", "Precision and [...] are metrics", "recall", "recall", answerIsTerm: true) with { Prompt = "Precision and ___ are metrics" }));
        Assert.False(Fires("ambiguous-blank", Card("Cloze", "语言模型可以预测下一个词语出现的［……］。", "概率", "概率", answerIsTerm: true)));
    }

    [Fact]
    public void A_back_must_answer_in_a_few_words_or_a_list_not_a_lecture_or_a_repeat()
    {
        Assert.True(Fires("lecture-back", Card("TermDefinition", "“预训练”指什么？", new string('训', 320), "预训练")));
        Assert.False(Fires("lecture-back", Card("TermDefinition", "“预训练”指什么？", "- " + new string('训', 200) + "\n- " + new string('练', 150), "预训练")));
        Assert.True(Fires("thin-back", Card("TermDefinition", "What is Sensitive attribute?", "Gender (Male/Female)", "Sensitive attribute")));
        Assert.True(Fires("thin-back", Card("TermDefinition", "“开源模型”指什么？", "闭源 / 开源", "开源模型")));
        Assert.False(Fires("thin-back", Card("TermDefinition", "“推理”指什么？", "利用模型对新数据进行预测", "推理")));
        Assert.True(Fires("trivial-back", Card("TermDefinition", "“新闻生成”指什么？", "生成新闻", "新闻生成")));
        Assert.False(Fires("trivial-back", Card("TermDefinition", "“新闻生成”指什么？", "AI 自动撰写报道文章或摘要", "新闻生成")));
    }

    [Theory]
    [InlineData("See [the docs](https://example.com)")]
    [InlineData("**bold** text")]
    [InlineData("> [!NOTE] callout")]
    [InlineData("tagged #exam-tip here")]
    [InlineData("a <br> break")]
    public void Markup_in_what_the_learner_reads_is_dropped(string text) =>
        Assert.True(Fires("markup", Card("TermDefinition", "What is X?", text, "X")));

    [Fact]
    public void Plain_text_with_symbols_is_no_markup() =>
        Assert.False(Fires("markup", Card("TermDefinition", "What is C#?", "A language; 2 > 1 and R&D (research)", "C#")));

    [Fact]
    public void Wording_in_another_script_than_the_item_is_dropped()
    {
        Assert.True(Fires("wrong-script", TrueFalse("判断正误：「模型卡」指的是：記錄模型資訊", "模型卡", true, ItemScript.Traditional)));
        Assert.False(Fires("wrong-script", TrueFalse("判斷正誤：「模型卡」指的是：記錄模型資訊", "模型卡", true, ItemScript.Traditional)));
        Assert.True(Fires("wrong-script", TrueFalse("判斷正誤：「模型卡」指的是：记录模型信息", "模型卡", true, ItemScript.Simplified)));
        Assert.True(Fires("wrong-script", TrueFalse("判断正误：「RAG」指的是：retrieval", "RAG", true, ItemScript.English)));
        Assert.False(Fires("wrong-script", TrueFalse("True or false: \"RAG\" means: retrieval", "RAG", true, ItemScript.English)));
    }
}
