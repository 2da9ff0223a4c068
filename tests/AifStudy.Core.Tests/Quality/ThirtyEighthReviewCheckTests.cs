using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind runs 50 and 51: a term's characters side by side in the right option alone, a course's next steps.</summary>
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
}
