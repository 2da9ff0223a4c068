using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Runs 86–87 and a fifth development review of 120 never-judged items (triage89): names given away by their
/// translation, how an author sorted their notes as a context, interview sections, code, orders and claims as terms.
/// </summary>
public sealed class SeventyEighthReviewCheckTests
{
    [Theory]
    [InlineData("构建索引。索引节点不需要常驻内存。", true)]
    [InlineData("为向量建立加速查找的结构，不需要常驻内存。", false)]
    public void A_description_that_translates_the_name_gives_it_away(string description, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice($"以下描述对应「Milvus › 执行节点」中的哪个术语？「{description}」", "Index Node",
            ["Data Node", "Query Node"], "Index Node", answerIsTerm: true)));

    [Theory]
    [InlineData("管理查询节点 topology 以及 growing segments 到 sealed segments 转换", true)]
    [InlineData("管理节点 topology 以及 growing segments 到 sealed segments 转换", false)]
    public void The_one_option_that_translates_the_name_gives_it_away(string right, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice("下列哪一项是对「query coord（Milvus › 协调服务）」的描述？", right,
            ["管理 data 以及 index 节点拓扑，维护元数据", "处理数据定义语言 (DDL) 请求，例如创建集合"], "query coord")));

    [Fact]
    public void A_lettered_heading_keeps_its_name_without_the_letter()
    {
        Assert.Equal("Build", CardText.StripNumber("A. Build"));
        Assert.Equal("A/B 测试", CardText.StripNumber("A/B 测试"));
        Assert.Equal("Setup", CardText.StripNumber("A.1 Setup"));
    }

    [Theory]
    [InlineData("💬 面试必问")]
    [InlineData("个人笔记")]
    [InlineData("必会定义")]
    public void How_an_author_sorted_the_notes_is_no_context(string title)
    {
        var note = new NoteParser().Parse($"# CNN 基础\n\n## {title}\n\n- **池化（Pooling）**：无可学习参数的下采样算子。\n", "n.md");
        var section = note.Sections.Single(s => s.ListItems.Count > 0);
        Assert.Equal("CNN 基础", SubjectContext.Of(section, "池化"));
    }

    [Theory]
    [InlineData("💬 面试必问", true)]
    [InlineData("Interview Questions", true)]
    [InlineData("门控机制", false)]
    public void An_interview_section_is_questions_and_answers(string title, bool dropped)
    {
        var section = Section("- 无门（标准 RNN）：不行，会梯度消失\n- 单门（GRU）：合并输入门和遗忘门为更新门", "RNN", title);
        Assert.Equal(dropped, Fires("mock-exam-source", Card("TermDefinition", "“单门（GRU）”指什么？", "合并输入门和遗忘门为更新门", "单门（GRU）", section: section)));
    }

    [Theory]
    [InlineData("基于两个向量夹角的余弦值来衡量近似度。可以用 np.dot/np.linalg.norm(A) 计算", true)]
    [InlineData("deny s3:* wildcard; scope to arn:aws:s3:::bucket/prefix/*", true)]
    [InlineData("Call model.fit() on the training set", true)]
    [InlineData("基于两个向量夹角的余弦值来衡量相似度，例如 e.g. 文本向量。", false)]
    [InlineData("Node.js runtime for the Lambda function", false)]
    public void Code_is_no_fact_to_recall(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("code", Card("TermDefinition", "“余弦距离”指什么？", back, "余弦距离", context: "向量相似度计算")));

    [Theory]
    [InlineData("Explain what do you want", true)]
    [InlineData("Describe the task", true)]
    [InlineData("Explainability", false)]
    public void An_instruction_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "If you want the model to score, tell it the scale", term, context: "Prompting Best Practices", script: ItemScript.English)));

    [Theory]
    [InlineData("随机采样算法导致输出答案偏离事实", true)]
    [InlineData("数据偏差造成的幻觉", true)]
    [InlineData("幻觉的成因", false)]
    public void A_cause_and_its_effect_is_a_sentence_not_a_place(string title, bool sentence) =>
        Assert.Equal(sentence, SubjectContext.IsSentenceTitle(title));

    [Theory]
    [InlineData("控制生成文本的随机性", true)]
    [InlineData("控制变量", false)]
    [InlineData("控制器", false)]
    public void A_goal_that_controls_something_is_a_claim(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("claim-as-term", Card("TermDefinition", $"“{term}”指什么？", "低温度输出确定性高，高温度输出更具创造性", term, context: "AI常用术语解释")));

    [Theory]
    [InlineData("Better", true)]
    [InlineData("Low (ex: 0.2)", true)]
    [InlineData("Low-rank adaptation", false)]
    public void A_grade_is_a_label(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "Summarize this report for a senior business audience", term, context: "Prompt Engineering", script: ItemScript.English)));

    [Fact]
    public void A_camel_case_member_is_code() =>
        Assert.True(Fires("code", Card("TermDefinition", "“知识库”指什么？（双路检索与结果融合（RagService.retrieveDocuments））", "上传的外部文档", "知识库", context: "双路检索与结果融合（RagService.retrieveDocuments）")));

    [Theory]
    [InlineData("## 07 · 小结与自检", true)]
    [InlineData("# VAE 笔记\n\n## 07 · 小结与自检", true)]
    [InlineData("# 总结\n\n## 编码器", false)]
    public void A_summary_chapter_is_a_summary_with_or_without_a_title_above(string headings, bool dropped)
    {
        var note = new NoteParser().Parse(headings.Replace("\\n", "\n", StringComparison.Ordinal) + "\n\n- **后续学习**：边缘似然与 ELBO 的完整推导\n", "n.md");
        var section = note.Sections.Single(s => s.ListItems.Count > 0);
        Assert.Equal(dropped, Fires("summary-section", Card("TermDefinition", "“后续学习”指什么？", "边缘似然与 ELBO 的完整推导", "后续学习", section: section)));
    }

    [Fact]
    public void A_title_of_common_words_is_placed_under_the_topic_above()
    {
        var note = new NoteParser().Parse("# GANs (Generative Adversarial Networks)\n\n## Two Components\n\n- **Discriminator**: tells real samples from generated ones\n", "n.md");
        var section = note.Sections.Single(s => s.ListItems.Count > 0);
        Assert.Equal("GANs (Generative Adversarial Networks) › Two Components", SubjectContext.Nearest(section, "Discriminator"));
        var named = new NoteParser().Parse("# GANs\n\n## Amazon Bedrock Models\n\n- **Titan**: Amazon's own models\n", "n.md").Sections.Single(s => s.ListItems.Count > 0);
        Assert.Equal("Amazon Bedrock Models", SubjectContext.Nearest(named, "Titan"));
    }
}
