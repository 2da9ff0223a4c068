using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from a development review of 502 items of corpora 70–80 (not a measured run): labels, claims, adjectives and
/// markers as terms; requirements, next steps, quoted examples and pointers as backs; texts cut short, left unfinished or
/// written between bars; a diary or a to-do list as a section.
/// </summary>
public sealed class SixtySeventhReviewCheckTests
{
    [Theory]
    [InlineData("Critical", true)]
    [InlineData("Average", true)]
    [InlineData("Status Options", true)]
    [InlineData("典型 pipeline", true)]
    [InlineData("权衡", true)]
    [InlineData("复杂方法", true)]
    [InlineData("C 朴素贝叶斯分类器", true)]
    [InlineData("[2023.11.15 更新]", true)]
    [InlineData("Pre-2020", true)]
    [InlineData("Non-deterministic", true)]
    [InlineData("Abstractive", true)]
    [InlineData("Derivative", false)]
    [InlineData("Heuristic", false)]
    [InlineData("朴素贝叶斯分类器", false)]
    [InlineData("Pipeline parallelism", false)]
    [InlineData("batch_size", false)]
    [InlineData("GPT-2020", false)]
    public void Labels_markers_and_adjectives_are_no_terms(string term, bool dropped) =>
        Assert.Equal(dropped, SubjectChecks.IsLabel(term));

    [Theory]
    [InlineData("缺乏多样性", true)]
    [InlineData("开始时学习率大些", true)]
    [InlineData("横轴为 FPR（假阳率）", true)]
    [InlineData("where 过滤发生在向量检索之前", true)]
    [InlineData("分两层", true)]
    [InlineData("LLM 每一步", true)]
    [InlineData("多样性", false)]
    [InlineData("学习率预热", false)]
    public void A_cause_advice_or_claim_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "快速到达最优解附近的一种训练策略", term, context: "训练技巧", script: ItemScript.Simplified)));

    [Theory]
    [InlineData("The system should continue to be reliable in the face of unexpected challenges.", "requirement-back", true)]
    [InlineData("PII must be secured.", "requirement-back", true)]
    [InlineData("The probability that the system performs correctly over time", "requirement-back", false)]
    [InlineData("Once the most relevant documents are retrieved, they are sent back to the generative model.", "sequence-back", true)]
    [InlineData("next sentence prediction: predicting whether two sentences follow each other", "sequence-back", false)]
    [InlineData("\"Explain as if to a 5-year-old\" vs. \"Explain to a graduate student.\"", "example-back", true)]
    [InlineData("Assigning the model a persona suited to its \"audience\"", "example-back", false)]
    [InlineData("Identical to those in the encoder block.", "dangling-reference", true)]
    [InlineData("A two-layer network applied to each position separately", "dangling-reference", false)]
    public void A_requirement_a_next_step_quotes_or_a_pointer_is_no_definition(string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", "What is Reliability?", back, "Reliability", context: "ML system design", script: ItemScript.English)));

    [Theory]
    [InlineData("解决此类问题的方法之一，但还有其他几种方法", "dangling-reference", true)]
    [InlineData("从时间步 t=1 到 T，重复上述的隐藏状态更新", "dangling-reference", true)]
    [InlineData("可看作学习算法在给定数据和参数空间上的实例化也叫做", "cut-off", true)]
    [InlineData("把相似的样本分到同一组的无监督方法", "cut-off", false)]
    [InlineData("把相似的样本分到同一组的无监督方法", "dangling-reference", false)]
    public void A_back_that_points_back_or_stops_short_is_no_definition(string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", "“聚类”指什么？", back, "聚类", context: "无监督学习", script: ItemScript.Simplified)));

    [Theory]
    [InlineData("Clearly distinguishing instructions from context. (TODO)", "placeholder-mark", true)]
    [InlineData("not-started | in-progress | completed | review-needed", "pipe-run", true)]
    [InlineData("Clearly distinguishing instructions from context and input", "placeholder-mark", false)]
    [InlineData("Clearly distinguishing instructions from context and input", "pipe-run", false)]
    public void A_reminder_or_values_between_bars_are_no_text_to_learn(string back, string check, bool dropped) =>
        Assert.Equal(dropped, Fires(check, Card("TermDefinition", "What is Separation of Concerns?", back, "Separation of Concerns", context: "Prompt structure", script: ItemScript.English)));

    [Theory]
    [InlineData("今日记录", true)]
    [InlineData("动手任务", true)]
    [InlineData("TODO", true)]
    [InlineData("向量数据库", false)]
    public void A_diary_or_a_to_do_list_is_no_content(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "“学到的重点”指什么？", "向量数据库的本质是存向量并支持检索", "学到的重点", context: title,
            section: Section("- **学到的重点**：向量数据库的本质是存向量并支持检索", "RAG 学习", title), script: ItemScript.Simplified)));
}
