using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Run 95's failures (93.2 %, 0 broken): an example list under a bold lead-in read as definitions, a course objective asked
/// as a term, and a heading's clock emoji left in a prompt's context. Dev run 98's: a field label and a medium asked as
/// terms, a back that says a name's use again, a quantity named with its symbol, and the "；" that ends a list entry.
/// </summary>
public sealed class EightySecondReviewCheckTests
{
    private const string Architectures = "**主要架構：**\n\n**2. 卷積神經網路 (Convolutional Neural Network, CNN)**\n- 專門處理影像與空間資料\n- 具有平移不變性\n\n";

    [Theory]
    [InlineData("**化工應用案例：**", true)]
    [InlineData("**Use cases:**", true)]
    [InlineData("**常見架構：**", false)]
    public void An_entry_under_a_bold_examples_line_is_an_example(string lead, bool dropped) =>
        Assert.Equal(dropped, Fires("use-case-restated", Card("TermDefinition", "“CNN”指什麼？", "自動分析顯微影像識別晶體形態", "CNN", context: "深度學習",
            section: Section(Architectures + lead + "\n- **CNN**：自動分析顯微影像識別晶體形態\n- **RNN**：預測批次反應軌跡\n", "AI概論", "4.3 深度學習 (Deep Learning)"), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("1.2 學習目標", true)]
    [InlineData("1. 課程地圖與學習目標", true)]
    [InlineData("Learning Objectives", true)]
    [InlineData("強化學習目標函數", false)]
    [InlineData("1.2 監督式學習", false)]
    public void A_course_objective_is_no_term(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("non-content-section", Card("TermDefinition", "“培養AI思維與創新能力”指什麼？", "辨識可用AI解決的化工問題", "培養AI思維與創新能力", context: "學習目標",
            section: Section("5. **培養AI思維與創新能力**\n   - 辨識可用AI解決的化工問題\n", "AI概論", title), script: ItemScript.Traditional)));

    [Theory]
    [InlineData("⏱️ 5. Time Series / Forecasting Metrics")]
    [InlineData("⏱ 5. Time Series / Forecasting Metrics")]
    [InlineData("▶️ 5. Time Series / Forecasting Metrics")]
    public void A_clock_or_play_mark_is_decoration(string heading) =>
        Assert.Equal("DSML Metrics › Time Series / Forecasting Metrics", SubjectContext.Of(Section("| **RMSPE** | Root mean square percentage error |", "DSML Metrics", heading), "RMSPE"));

    [Theory]
    [InlineData("Key Offerings")]
    [InlineData("Images")]
    [InlineData("Videos")]
    public void A_field_or_a_medium_is_no_term(string term) =>
        Assert.True(Fires("label-as-term", Card("TermDefinition", $"What are {term}?", "image moderation, facial analysis, celebrity recognition", term, context: "Rekognition", script: ItemScript.English)));

    [Theory]
    [InlineData("评估数据集", "用来评估RLHF的效果。", true)]
    [InlineData("評估資料集", "用於評估模型的效果", true)]
    [InlineData("偏好数据集", "用来训练奖励模型。", false)]
    [InlineData("评估数据集", "留出的、训练时从未见过的样本", false)]
    public void A_back_that_says_the_names_use_again_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"“{term}”指什么？", back, term, context: "RLHF")));

    [Fact]
    public void The_mark_that_ends_a_list_entry_is_no_part_of_its_definition()
    {
        var note = new AifStudy.Core.Notes.NoteParser().Parse("# PEFT\n\n- Prefix-Tuning：只训练前缀参数；\n- Adapter-Tuning：只训练适配器参数；\n- LoRA：只训练低秩矩阵;\n", "n.md");
        Assert.Equal(["只训练前缀参数", "只训练适配器参数", "只训练低秩矩阵"], note.Sections.SelectMany(s => s.Definitions).Select(d => d.Definition));
    }

    [Theory]
    [InlineData("动作A", true)]
    [InlineData("状态 S", true)]
    [InlineData("奖励（R）", true)]
    [InlineData("奖励模型", false)]
    [InlineData("GPT-4", false)]
    public void A_quantity_named_with_its_symbol_is_notation(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("formula-as-term", Card("TermDefinition", $"“{term}”指什么？", "输出 response（即 LLM 输出下一个token）", term, context: "RL")));
}
