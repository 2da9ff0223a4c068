using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after run 21 (docs/quality.md): tutorial steps as clozes, a term cut before its "是", lines under
/// a list of causes, and inline maths in the text.
/// </summary>
public sealed class ThirteenthReviewCheckTests
{
    [Theory]
    [InlineData("Fill in the blank: Click + Create a resource and search for [...].")]
    [InlineData("Fill in the blank: After deployment, note the [...] from the resource’s overview page.")]
    [InlineData("Fill in the blank: Observe predictions and adjust the [...] slider to filter results.")]
    [InlineData("填空：点击［……］按钮创建资源。")]
    public void A_step_of_a_tutorial_is_no_cloze(string prompt) =>
        Assert.True(Fires("cloze-instruction", Card("Cloze", prompt, "Keys and Endpoint", "Keys and Endpoint", answerIsTerm: true)));

    [Theory]
    [InlineData("Fill in the blank: Amazon Rekognition uses [...] to analyze images and videos.")]
    [InlineData("填空：［……］是在海量文本上训练的基础模型。")]
    public void A_sentence_that_says_something_is_a_cloze(string prompt) =>
        Assert.False(Fires("cloze-instruction", Card("Cloze", prompt, "deep learning", "deep learning", answerIsTerm: true)));

    [Fact]
    public void A_term_cut_before_its_copula_is_incomplete()
    {
        Assert.True(Fires("incomplete-term", Card("TermDefinition", "“Fast R-CNN相较于R-CNN一个比较大的改变是”指什么？", "用 ROI pooling 共享卷积特征", "Fast R-CNN相较于R-CNN一个比较大的改变是")));
        Assert.False(Fires("incomplete-term", Card("TermDefinition", "“模型行为”指什么？", "模型在给定输入下的输出方式", "模型行为")));
    }

    [Fact]
    public void A_line_under_a_list_of_causes_does_not_define_but_a_fix_under_a_problem_may()
    {
        var causes = Section("- **欠擬合的原因**：如使用過於簡單的模型，或者特徵提取不充分。", "過擬合與欠擬合", "欠擬合的特徵與原因");
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“欠擬合的原因”指什麼？", "如使用過於簡單的模型", "欠擬合的原因", section: causes)));

        var problem = Section("- 增量学习（Incremental Learning）：将微调过程分为多个阶段，每个阶段只更新部分参数", "大模型", "灾难性遗忘问题");
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", "“增量学习（Incremental Learning）”指什么？", "将微调过程分为多个阶段", "增量学习（Incremental Learning）", section: problem)));
    }

    [Fact]
    public void A_sentence_that_defines_under_a_causes_title_still_defines()
    {
        var prose = Section("大模型幻觉（Hallucination）指的是当大型语言模型生成不准确、虚构的信息时，给用户产生误导的现象。", "幻觉产生的原因");
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", "“大模型幻觉（Hallucination）”指什么？", "当大型语言模型生成不准确、虚构的信息时，给用户产生误导的现象", "大模型幻觉（Hallucination）", section: prose)));
    }

    [Theory]
    [InlineData("IOU在$0.1,0.5)$之间的为负样本", true)]
    [InlineData("损失为 $L = -\\log p$", true)]
    [InlineData("It costs $5 per month and $10 per year", false)]
    public void Inline_maths_is_markup(string back, bool fires) =>
        Assert.Equal(fires, Fires("markup", Card("TermDefinition", "“负样本”指什么？", back, "负样本")));
}

/// <summary>The checks added after run 22: field labels and connectives as terms, prepositional backs, symbols with superscripts.</summary>
public sealed class FourteenthReviewCheckTests
{
    [Theory]
    [InlineData("objective")]
    [InlineData("outcome")]
    [InlineData("But")]
    public void A_field_label_or_a_connective_is_no_term(string term) =>
        Assert.True(SubjectChecks.IsLabel(term));

    [Fact]
    public void A_back_that_says_where_or_how_says_not_what()
    {
        Assert.True(Fires("fragment-back", Card("TermDefinition", "What is unsupervised pre-training?", "on a large corpus of unlabeled text data", "unsupervised pre-training")));
        Assert.False(Fires("fragment-back", Card("TermDefinition", "What is Pre-training?", "Training a model on a large corpus of unlabeled text.", "Pre-training")));
    }

    [Theory]
    [InlineData("h^{l}_{m}", true)]
    [InlineData("h^_", true)]
    [InlineData("R^2", false)]
    public void A_symbol_with_a_superscript_is_a_formula(string term, bool fires) =>
        Assert.Equal(fires, Fires("formula-as-term", Card("TermDefinition", $"“{term}”指什么？", "第 l 层第 m 个隐藏状态", term)));
}
