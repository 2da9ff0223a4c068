using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// A development review of every item from corpus 90 (dev90, 21/58 usable): aspect labels of a code walkthrough, a ratio
/// split at its colon, stages of a process, symbols, quotations, backs about another subject.
/// </summary>
public sealed class EightiethReviewCheckTests
{
    [Theory]
    [InlineData("设计逻辑", true)]
    [InlineData("语法含义", true)]
    [InlineData("学习价值", true)]
    [InlineData("替代方案", true)]
    [InlineData("样本量考虑", true)]
    [InlineData("算法友好", true)]
    [InlineData("必要性", true)]
    [InlineData("最佳实践", true)]
    [InlineData("构图方式", true)]
    [InlineData("标量量化", false)]
    [InlineData("可解释性", false)]
    [InlineData("模糊逻辑", false)]
    [InlineData("Transformer结构", false)]
    public void An_aspect_of_the_subject_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "保留教育程度的自然顺序", term, context: "序数编码")));

    [Fact]
    public void An_aspect_label_among_the_options_is_off_kind() =>
        Assert.True(Fires("label-as-term", Choice("以下描述对应哪个函数？「递归构建树结构」", "build_tree", ["predict_all", "学习价值"], answerIsTerm: true)));

    [Fact]
    public void A_title_placing_terms_may_end_as_an_aspect_does() =>
        Assert.False(Fires("label-as-term", Card("TermDefinition", "“编码器”指什么？（编码器-解码器结构）", "负责将输入转化为特征", "编码器", context: "编码器-解码器结构")));

    [Theory]
    [InlineData("量化分类", "量化索引 Quantized indexing", true)]
    [InlineData("训练目标", "预训练", false)]
    [InlineData("乘积量化", "量化索引 Quantized indexing", false)]
    public void The_topic_run_into_a_label_is_no_term(string term, string context, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "标量量化或乘积量化", term, context: context)));

    [Theory]
    [InlineData("符合人力资源实践", true)]
    [InlineData("无特定偏好", true)]
    [InlineData("数据库中向量被多次哈希", true)]
    [InlineData("高维向量映射到低维空间或低维哈希码", true)]
    [InlineData("无监督学习", false)]
    [InlineData("被动学习", false)]
    public void A_clause_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "职业发展通常按3-5年阶段评估", term, context: "特征分组")));

    [Fact]
    public void A_ratio_is_not_split_at_its_colon()
    {
        var note = new NoteParser().Parse("# 配置\n\n## 选择依据\n\n- 比例4:3符合屏幕显示习惯\n- 分辨率：每英寸点数\n", "n.md");
        var definitions = note.Sections.SelectMany(s => s.Definitions).Select(d => d.Term).ToList();
        Assert.DoesNotContain("比例4", definitions);
        Assert.Contains("分辨率", definitions);
    }

    [Theory]
    [InlineData("- Meta-Learning的过程可以分为三个主要阶段：\n\n- **预训练**：模型在大量文本上训练。\n- **微调（可选）**：模型可以通过微调来进一步优化其能力。\n", true)]
    [InlineData("- **In-Context Learning的步骤：**\n\n- **提供上下文**：用户给出示例。\n- **微调（可选）**：模型可以通过微调来进一步优化其能力。\n", true)]
    [InlineData("The training has three stages:\n\n1. **Pre-training**: learn language.\n2. **微调（可选）**: adapt.\n", true)]
    [InlineData("- **Meta-Learning**：一种学习如何学习的能力。\n- **微调（可选）**：模型可以通过微调来进一步优化其能力。\n", false)]
    public void An_entry_of_a_list_its_lead_in_calls_stages_is_a_step(string markdown, bool dropped) =>
        Assert.Equal(dropped, Fires("process-step-as-term", Card("TermDefinition", "“微调（可选）”指什么？", "模型可以通过微调来进一步优化其能力。", "微调（可选）", context: "GPT3", section: Section(markdown, "GPT3"))));

    [Theory]
    [InlineData("Note the tradeoff", true)]
    [InlineData("Notebook instances", false)]
    public void An_order_to_the_reader_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "the student matches the teacher on one task", term, context: "Model distillation", script: ItemScript.English)));

    [Theory]
    [InlineData("W_0", true)]
    [InlineData("W_0 (Frozen)", true)]
    [InlineData("W_{new}", true)]
    [InlineData("GPT-4", false)]
    public void A_symbol_with_a_subscript_is_notation(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-as-term", Card("TermDefinition", $"What is {term}?", "The original model weights", term, context: "LoRA", script: ItemScript.English)));

    [Theory]
    [InlineData("\"Mix it all together.\"", true)]
    [InlineData("「先查再答」", true)]
    [InlineData("The layer that mixes the attended values back into the token's state", false)]
    public void A_quotation_is_no_back(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("question-back", Card("TermDefinition", "What is o_proj?", back, "o_proj", context: "Attention", script: ItemScript.English)));

    [Theory]
    [InlineData("Target Modules", "A modern LLM (like Llama-3) is just a stack of identical \"blocks\".", true)]
    [InlineData("Embeddings", "A vector embedding is a list of numbers that stands for a text.", false)]
    [InlineData("RAG", "The retrieval step is run before generation.", false)]
    [InlineData("Target Modules", "The linear layers LoRA is applied to.", false)]
    public void A_back_about_another_subject_does_not_answer(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("other-subject-back", Card("TermDefinition", $"What are {term}?", back, term, context: "LoRA", script: ItemScript.English)));

    [Theory]
    [InlineData("a strategic extension of the traditional fine-tuning approach", true)]
    [InlineData("a measure of a model’s performance", true)]
    [InlineData("a measure of a classifier's exactness: of what it calls positive, how much is", false)]
    [InlineData("an extension of fine-tuning that trains on instruction and response pairs, so the model follows instructions", false)]
    public void Only_what_it_extends_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("genus-only-back", Card("TermDefinition", "What is Instruction fine-tuning?", back, "Instruction fine-tuning", context: "Fine-tuning", script: ItemScript.English)));

    [Theory]
    [InlineData("递归构建树结构（前文已详解）", true)]
    [InlineData("递归构建树结构", false)]
    public void A_pointer_to_earlier_text_dangles(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "“build_tree函数”指什么？", back, "build_tree函数", context: "自定义决策树")));

    [Theory]
    [InlineData("Attention在NLP領域中", true)]
    [InlineData("在线学习", false)]
    public void A_subject_with_its_place_is_a_cut_clause(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"“{term}”指什麼？", "一個里程碑", term, context: "Attention", script: ItemScript.Traditional)));
}
