using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind runs 50 to 52: a term's characters side by side in the right option alone, a course's next steps,
/// a cross-index's names, a trait as a back, the note's front-matter title as the topic.
/// </summary>
public sealed class ThirtyEighthReviewCheckTests
{
    private static readonly string[] Steps =
    [
        "接收 MCP Tools 回傳的執行結果，並將前面接受到的資訊整合，形成完整的情境",
        "同時會取得 Memory 中的短期／長期記憶與 RAG 結果",
        "依據任務需求選擇可用的 MCP Tools，以獲取額外的資訊或執行特定操作",
    ];

    [Theory]
    [InlineData("最後的輸出也會寫回至 Memory，以便後續任務能持續累積與更新知識", true)]
    [InlineData("最後的輸出也會存入 Memory，以便後續任務能持續累積與更新知識", false)]
    public void Two_characters_of_the_term_side_by_side_in_the_right_option_alone_give_it_away(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-shared-words", Choice("下列哪一項是對「狀態回寫」的描述？", answer, Steps, "狀態回寫", script: Core.Quality.ItemScript.Traditional)));

    [Fact]
    public void A_pair_a_wrong_option_holds_too_gives_nothing_away() =>
        Assert.False(Fires("giveaway-shared-words", Choice("下列哪一項是對「狀態回寫」的描述？", "最後的輸出也會寫回至 Memory",
            ["把工具的結果寫回情境", .. Steps[1..]], "狀態回寫", script: Core.Quality.ItemScript.Traditional)));

    [Theory]
    [InlineData("⏭️ 下一步", true)]
    [InlineData("Next steps", true)]
    [InlineData("What's next", true)]
    [InlineData("后续学习", true)]
    [InlineData("自然语言处理基础", false)]
    public void A_course_pages_next_steps_are_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Choice("以下描述对应哪个术语？「从项目列表中选择NLP项目开始实践」", "实战项目", ["回顾总结", "进阶学习", "深入研究"], "实战项目", answerIsTerm: true) with
        {
            Section = Section("1. **回顾总结**: 复习模块M01\n2. **实战项目**: 从项目列表中选择NLP项目开始实践", "模块M03: 自然语言处理基础", title),
        }));

    [Theory]
    [InlineData("RLHF | DPO | SimPO | PPO | Alignment", true)]
    [InlineData("RLHF \\| DPO \\| SimPO \\| PPO", true)]
    [InlineData("Training a reward model from human preferences, then the policy against it.", false)]
    public void A_back_of_names_between_pipes_is_only_names(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("names-back", Card("TermDefinition", "What is Alignment?", back, "Alignment", script: Core.Quality.ItemScript.English)));

    [Theory]
    [InlineData("交叉索引", true)]
    [InlineData("Cross-reference", true)]
    [InlineData("对齐方法", false)]
    public void A_cross_index_is_not_study_material(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "“对齐与优化”指什么？", "RLHF、DPO 与 PPO 三类方法", "对齐与优化",
            section: Section("**对齐与优化**:\nRLHF | DPO | SimPO | PPO", "GLOSSARY 术语表", title))));

    [Theory]
    [InlineData("Gemini", "原生多模態設計", true)]
    [InlineData("GPT-4V", "支持圖片理解", true)]
    [InlineData("Gemini", "Google 的原生多模態模型", false)]
    [InlineData("Claude", "一種大語言模型", false)]
    [InlineData("嵌入", "向量表示", false)]
    public void A_trait_is_not_what_a_named_model_is(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trait-back", Card("TermDefinition", $"“{term}”指什麼？", back, term, script: Core.Quality.ItemScript.Traditional)));

    [Fact]
    public void A_note_that_starts_below_its_front_matter_title_places_its_sections_under_that_title()
    {
        var section = Section("- **迭代生成**：ReAct-RAG、Self-RAG 等在生成过程中自我验证并追加检索。", "扩展架构") with { NoteTopic = "检索增强生成（RAG）" };
        Assert.Equal("检索增强生成（RAG） › 扩展架构", Core.Quality.SubjectContext.Nearest(section, "迭代生成"));
        Assert.Equal("扩展架构", Core.Quality.SubjectContext.Nearest(section with { NoteTopic = null }, "迭代生成"));
        Assert.Equal("RAG 架构 › 扩展架构", Core.Quality.SubjectContext.Nearest(
            Section("- **迭代生成**：…", "RAG 架构", "扩展架构") with { NoteTopic = "检索增强生成（RAG）" }, "迭代生成"));
    }
}
