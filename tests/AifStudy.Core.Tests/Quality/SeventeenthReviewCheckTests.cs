using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks and mends from the session-12 reading of runs 21–25: stages without their whole, conditions as backs, bare parent bullets.</summary>
public sealed class SeventeenthReviewCheckTests
{
    private static readonly NoteParser Parser = new();

    [Fact]
    public void A_stage_is_asked_in_the_whole_a_long_title_names()
    {
        var parsed = Parser.Parse("""
            # Recommender systems

            ## Primary components of a recommender system

            - **Candidate generation**: Starts from a potentially huge corpus and generates a much smaller subset of candidates.
            - **Scoring**: Scores and ranks the candidates in order to select the set of items to display to the user.
            """, "r.md");

        var cards = CardGenerator.Generate(parsed, "r", null, GenerationOptions.Default);

        Assert.Contains(cards, c => c.Front == "What is Scoring? (recommender system)");
        Assert.DoesNotContain(cards, c => c.Front == "What is Scoring?");
    }

    [Theory]
    [InlineData("Primary components of a recommender system", "Scoring", "recommender system")]
    [InlineData("The three main stages of the machine learning lifecycle", "Deployment", "machine learning lifecycle")]
    [InlineData("大规模推荐系统在线服务架构的主要组成部分", "召回", "大规模推荐系统在线服务架构")]
    [InlineData("Types of machine learning", "Supervised learning", "Types of machine learning")]
    public void Only_a_title_too_long_to_show_is_cut_to_its_whole(string title, string term, string expected) =>
        Assert.Equal(expected, SubjectContext.Nearest(Section(path: [title]), term));

    [Theory]
    [InlineData("if the item has 0 interactions, we can use the average vector from its item category", true)]
    [InlineData("when the model sees a new user", true)]
    [InlineData("A stage that scores and ranks the candidates.", false)]
    [InlineData("Scores and ranks the candidates in order to select the items to display.", false)]
    public void A_condition_is_not_what_a_term_is(string back, bool fires) =>
        Assert.Equal(fires, Fires("fragment-back", Card("TermDefinition", "What are Content-based Heuristics?", back, "Content-based Heuristics")));

    [Fact]
    public void A_parent_bullet_keeps_the_items_nested_under_its_children()
    {
        var parsed = Parser.Parse("""
            # 基础模型

            ## 训练阶段

            1. **预训练**
                * FM 使用自监督学习，从大量未标注的数据中学习
                    * 学习单词的含义、上下文和关系
            2. **微调**
                * 微调是有监督学习过程，用较小的标注数据集调整预训练模型
            """, "f.md");

        var cards = CardGenerator.Generate(parsed, "f", null, GenerationOptions.Unchecked);

        Assert.Contains(cards, c => c.Front.StartsWith("“预训练”指什么？", StringComparison.Ordinal)
            && c.Back == "- FM 使用自监督学习，从大量未标注的数据中学习\n  - 学习单词的含义、上下文和关系");
        Assert.Contains(cards, c => c.Front.StartsWith("“微调”指什么？", StringComparison.Ordinal) && c.Back.StartsWith("微调是有监督学习过程", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("蓝色虚线", true)]
    [InlineData("紫色曲线", true)]
    [InlineData("the red curve", true)]
    [InlineData("算法A", true)]
    [InlineData("Model B", true)]
    [InlineData("Final output", true)]
    [InlineData("蓝绿部署", false)]
    [InlineData("LLaMA-65B", false)]
    [InlineData("GPT-4", false)]
    [InlineData("Claude 3", false)]
    public void A_legend_an_example_stand_in_or_a_step_label_is_no_term(string text, bool label) =>
        Assert.Equal(label, SubjectChecks.IsLabel(text));

    [Theory]
    [InlineData("Includes transfer learning for GPT-style models", true)]
    [InlineData("Found to be trained on compute optimal number of tokens", true)]
    [InlineData("An open-weights language model from Meta with 65 billion parameters.", false)]
    public void What_a_term_contains_or_what_was_found_about_it_is_no_definition(string back, bool fires) =>
        Assert.Equal(fires, Fires("finding-back", Card("TermDefinition", "What is LLaMA-65B?", back, "LLaMA-65B")));
}
