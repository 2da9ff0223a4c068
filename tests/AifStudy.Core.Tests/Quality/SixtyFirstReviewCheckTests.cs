using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks and readings from blind run 75: a bare aim, letters of anonymity models, broken emphasis, claims and mistakes as terms.</summary>
public sealed class SixtyFirstReviewCheckTests
{
    [Theory]
    [InlineData("提高模型训练时的速度。", true)]
    [InlineData("Improve training speed", true)]
    [InlineData("增加数据多样性，避免过拟合", false)]
    [InlineData("一种提高训练速度的编码方法，把类别映射为整数", false)]
    public void A_bare_aim_is_no_definition(string description, bool dropped) =>
        Assert.Equal(dropped, Fires("benefit-as-definition", Choice($"以下描述对应哪个术语？「{description}」", "label编码", ["困难样本学习", "优化函数", "数据归一化"], answerIsTerm: true)));

    private const string Anonymity = """
        **Techniques**:
        - **K-anonymity**: Each record indistinguishable from k-1 others
        - **L-diversity**: At least L different sensitive values per group
        - **T-closeness**: Distribution of sensitive attribute similar to overall
        """;

    [Fact]
    public void Wrong_descriptions_that_say_their_own_letters_fall_away() =>
        Assert.True(Fires("giveaway-letter", Choice("Which of the following describes \"T-closeness\"?", "Distribution of sensitive attribute similar to overall",
            ["Each record indistinguishable from k-1 others", "At least L different sensitive values per group"], term: "T-closeness", script: ItemScript.English) with { Section = new NoteParser().Parse("# Privacy\n\n## Data Anonymization\n\n" + Anonymity, "p.md").Sections[^1] }));

    [Theory]
    [InlineData(new[] { "T-closeness", "K-anonymity" }, true)]
    [InlineData(new[] { "T-closeness", "Differential privacy" }, true)]
    public void The_letter_of_L_diversity_said_by_its_description_gives_it_away(string[] others, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-letter", Choice("Which term does this describe: \"At least L different sensitive values per group\"?", "L-diversity", others, answerIsTerm: true, script: ItemScript.English)));

    [Fact]
    public void Broken_emphasis_leaves_no_asterisk_on_a_term()
    {
        var note = new NoteParser().Parse("# 术语\n\n## 基本术语\n\n* ***训练(training)**：从数据中学得模型的过程\n* ***测试(testing)***：学得模型后，使用其进行预测的过程\n", "t.md");

        Assert.Contains(note.Sections.SelectMany(s => s.Definitions), d => d.Term == "训练(training)");
        Assert.DoesNotContain(note.Sections.SelectMany(s => s.Definitions), d => d.Term.Contains('*', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("面试触发点", true)]
    [InlineData("集合级别没有 metadata schema 约束", true)]
    [InlineData("Not checking all fairness metrics", true)]
    [InlineData("不平衡数据", false)]
    [InlineData("No Free Lunch theorem", false)]
    public void A_remark_a_claim_or_a_mistake_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "不声明字段，不校验类型", term)));

    [Theory]
    [InlineData("Common Mistakes", true)]
    [InlineData("Embedding 与向量数据库 › 够用的理由", true)]
    [InlineData("Embedding 与向量数据库", false)]
    public void An_entry_under_mistakes_or_reasons_is_no_term(string context, bool dropped) =>
        Assert.Equal(dropped, Fires("field-elaboration", Card("TermDefinition", "“延迟优势”指什么？", "384 维向量检索更快，内存占用更小", "延迟优势", context: context)));

    [Fact]
    public void A_bare_basics_heading_is_a_label() => Assert.True(SubjectChecks.IsLabel("基础知识"));
}
