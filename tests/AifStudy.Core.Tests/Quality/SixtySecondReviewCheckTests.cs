using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks and readings from blind run 76: the note's own code file, labels of options and formula terms, an author's marker, a wrong option that sets itself apart.</summary>
public sealed class SixtySecondReviewCheckTests
{
    [Theory]
    [InlineData("优化点 mini 代码索引（可在 main.py 上扩展）", true)]
    [InlineData("train.ipynb 的步骤", true)]
    [InlineData("Amazon SageMaker", false)]
    [InlineData("Node.js 与 Python", false)]
    public void A_section_about_the_notes_own_code_file_points_at_what_the_learner_never_sees(string title, bool dropped) =>
        Assert.Equal(dropped, Fires("dangling-reference", Card("TermDefinition", "“加 HyDE”指什么？", "在检索前先调 LLM 生成假设答案，用假设答案去检索。", "加 HyDE", section: Section("- 加 HyDE：…", "RAG", title))));

    [Theory]
    [InlineData("可选", true)]
    [InlineData("第一个项", true)]
    [InlineData("第二个项", true)]
    [InlineData("Coming 2025", true)]
    [InlineData("第一性原理", false)]
    public void An_option_label_a_formula_term_or_a_roadmap_date_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "用另一个小模型做内容安全判定", term)));

    [Theory]
    [InlineData("- **Rerank 重排**（重点）：用一个更重的精排模型对召回的候选二次打分排序。", "Rerank 重排")]
    [InlineData("- **HyDE (Important)**: embed a hypothetical answer to retrieve with it.", "HyDE")]
    [InlineData("- **召回率（Recall）**：找回的正例占全部正例的比例。", "召回率（Recall）")]
    public void An_authors_marker_is_no_part_of_a_term(string line, string term)
    {
        var note = new NoteParser().Parse("# RAG\n\n## 检索后\n\n" + line + "\n- **关键词过滤**：按关键词去掉无关的块。\n", "r.md");

        Assert.Contains(note.Sections.SelectMany(s => s.Definitions), d => d.Term == term);
    }

    [Theory]
    [InlineData("一次性把原问题拆成多个子问题，可按可用工具约束（更结构化，与多步的“基于推理”不同）。", true)]
    [InlineData("一次性把原问题拆成多个子问题，可按可用工具约束。", false)]
    public void A_wrong_option_that_says_how_it_differs_from_the_term_rules_itself_out(string other, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-related-word", Choice("下列哪一项是对「多步查询转换」的描述？", "每步基于上一步的结果提出子问题，分多次检索。",
            [other, "让 LLM 把口语化的问题重写成更标准的检索 query。"], term: "多步查询转换")));
}
