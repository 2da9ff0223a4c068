using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// The checks added after runs 16 to 20 (docs/quality.md): a link's label in a context, lines under advice, trends or a
/// name's origin, remarks that open at a preposition, instructions and formulas as terms, a description that gives the
/// term's other name, and options written on one repeated phrase.
/// </summary>
public sealed class TwelfthReviewCheckTests
{
    [Theory]
    [InlineData("Build a LLM application: (Link)", "Build a LLM application")]
    [InlineData("About Model [link]", "About Model")]
    [InlineData("自注意力论文（原文）", "自注意力论文")]
    public void A_link_label_is_no_part_of_a_context(string title, string context) =>
        Assert.Equal(context, SubjectContext.Nearest(Section("- Loading: source could be text files, pdfs, other websites", "LLM Basic", title), "Loading"));

    [Fact]
    public void A_link_in_a_title_that_names_something_stays() =>
        Assert.Equal("Linked data", SubjectContext.Nearest(Section("- Loading: source could be text files", "Linked data"), "Loading"));

    [Theory]
    [InlineData("**Auto-regressive 名稱由來：**\n- **Linear Regression**：預測新資料是否回到先前資料集的分佈\n- **Auto-regressive**：用自己來預測是否有迴歸", "Linear Regression")]
    [InlineData("**解決方案演進：**\n- SFT：不定時加入新知識（慢）\n- RAG：轉換向量資料庫（複雜）", "RAG")]
    [InlineData("優勢：\n - 多視角建模：不同頭可以關注不同模式", "多視角建模")]
    public void A_line_under_a_name_origin_an_evolution_or_advantages_does_not_define(string markdown, string term) =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", $"“{term}”指什麼？", "…", term, section: Section(markdown, "LLM 使用原理"))));

    [Theory]
    [InlineData("使用建議")]
    [InlineData("未來趨勢")]
    [InlineData("選擇建議")]
    [InlineData("前情提要")]
    public void A_line_under_advice_or_trends_does_not_define(string title) =>
        Assert.True(Fires("attribute-as-term", Card("TermDefinition", "“付費方案”指什麼？", "獲得更多功能和更好體驗", "付費方案", section: Section("1. **付費方案**：獲得更多功能和更好體驗", "LLM", title))));

    [Theory]
    [InlineData("**常見模型：**\n- **GPT-4o**：OpenAI 的多模態模型", "GPT-4o")]
    [InlineData("## Secure Data Engineering – Best Practices\n- **Completeness**: diverse and comprehensive range of scenarios", "Completeness")]
    public void A_line_under_a_plain_lead_or_best_practices_still_defines(string markdown, string term) =>
        Assert.False(Fires("attribute-as-term", Card("TermDefinition", $"What is {term}?", "…", term, section: Section(markdown, "Secure Data Engineering – Best Practices"))));

    [Theory]
    [InlineData("on exam")]
    [InlineData("In Summary")]
    public void A_remark_that_opens_at_a_preposition_is_no_term(string term) =>
        Assert.True(Fires("incomplete-term", Card("TermDefinition", $"What is {term}?", "when see ML service for personalized recommendations", term)));

    [Fact]
    public void A_term_that_starts_like_a_preposition_is_still_a_term() =>
        Assert.False(Fires("incomplete-term", Card("TermDefinition", "What is In-context learning?", "Learning from examples given in the prompt", "In-context learning")));

    [Theory]
    [InlineData("Adjust the context window", true)]
    [InlineData("Tune the temperature", true)]
    [InlineData("Context window", false)]
    [InlineData("Use case", false)]
    public void An_instruction_is_no_term(string term, bool fires) =>
        Assert.Equal(fires, Fires("step-as-term", Card("TermDefinition", $"What is {term}?", "max_tokens=512: the max number of tokens", term)));

    [Theory]
    [InlineData("Q_i^-> = W_Q dot E_i^->  形象比喻", true)]
    [InlineData("K = 50", true)]
    [InlineData("Regression Coefficients (\\beta_i)", true)]
    [InlineData("R^2", false)]
    [InlineData("top_p", false)]
    public void A_formula_is_no_term(string term, bool fires) =>
        Assert.Equal(fires, Fires("formula-as-term", Card("TermDefinition", $"“{term}”指什么？", "E_1 是第四个单词", term)));

    [Theory]
    [InlineData("Differences-in-Differences(DID) 别名倍差法, 常用于政策效应评估.")]
    [InlineData("Also known as DID, compares changes over time between groups")]
    public void A_description_that_gives_the_terms_other_name_gives_it_away(string description)
    {
        Assert.True(Fires("giveaway-alias", Choice("下列哪一项是对「双重差分法」的描述？", description, ["工具变量法", "断点回归", "倾向得分匹配"], "双重差分法")));
        Assert.True(Fires("giveaway-alias", Choice($"以下描述对应哪个术语？「{description}」", "双重差分法", ["工具变量法", "断点回归", "倾向得分匹配"], "双重差分法", answerIsTerm: true)));
    }

    [Fact]
    public void A_card_may_give_the_other_name_and_a_plain_description_does_not()
    {
        Assert.False(Fires("giveaway-alias", Card("TermDefinition", "“双重差分法”指什么？", "Differences-in-Differences(DID) 别名倍差法", "双重差分法")));
        Assert.False(Fires("giveaway-alias", Choice("下列哪一项是对「双重差分法」的描述？", "比较处理组与对照组在政策前后的变化差异", ["工具变量法", "断点回归", "倾向得分匹配"], "双重差分法")));
    }

    [Fact]
    public void Options_written_on_one_repeated_phrase_differ_in_wording_only()
    {
        Assert.True(Fires("templated-options", Choice(
            "下列哪一项是对「序贯决策」的描述？",
            "基于已有的文字序列产生新的文字序列，如多轮对话。",
            ["文字序列的生成，也就是基于语言模型的生成。", "文字序列到文字序列的转化，如机器翻译、生成式对话、摘要。", "文字序列到标签序列或结构表示的映射，如分词、词性标注、句法分析。"],
            "序贯决策")));

        // Descriptions that share a phrase once each still differ in what they say.
        Assert.False(Fires("templated-options", Choice(
            "下列哪一项是对「嵌入层」的描述？",
            "将输入文本转换为称为嵌入的向量表示；捕获嵌入之间的复杂关系",
            ["关注输入文本中最相关的部分；是 Transformer 模型的核心部分", "将嵌入转换为其更高权重的版本；帮助模型更好地理解输入文本的意图"],
            "嵌入层")));
    }
}
