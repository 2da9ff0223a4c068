using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>Checks from blind run 77: a range and its direction, sentences and dated remarks as terms, the one option without a figure, a translated English word.</summary>
public sealed class SixtyThirdReviewCheckTests
{
    [Theory]
    [InlineData("0.0+, lower = better (inverse concept)", true)]
    [InlineData("0.0 to 1.0, higher = better (cosine similarity)", true)]
    [InlineData("How far apart two vectors are; lower means more alike", false)]
    public void A_range_and_its_direction_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("verdict-back", Card("TermDefinition", "What is Distance (ChromaDB)?", back, "Distance (ChromaDB)", context: "Key Concepts Learned", script: ItemScript.English)));

    [Theory]
    [InlineData("BLEU focuses on precision", true)]
    [InlineData("RAG is essential", true)]
    [InlineData("Massive growth in 2025", true)]
    [InlineData("Attention Is All You Need", false)]
    [InlineData("Transformers in NLP", false)]
    public void A_sentence_or_a_dated_remark_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"What is {term}?", "how many words of the output appear in the reference", term, context: "Evaluation Metrics", script: ItemScript.English)));

    [Theory]
    [InlineData("Mostly broad contextual (\"What was discussed about X?\")", true)]
    [InlineData("About 2 broad questions per meeting", false)]
    public void The_one_description_without_a_figure_among_figures_gives_itself_away(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-kind", Choice("Which of the following describes \"Query style\"?", answer,
            ["3-4 chunks per meeting vs 34 chunks at 100 tokens", "1-3 topics = ~1 chunk per topic", "30 minutes = ~3,366 tokens = 3-4 chunks"], term: "Query style", script: ItemScript.English)));

    [Theory]
    [InlineData("用指令-回答数据让模型更会遵循自然语言指令。", true)]
    [InlineData("用问答数据让模型更会遵循用户的要求。", false)]
    public void A_description_that_says_the_chinese_of_the_right_english_name_gives_it_away(string description, bool dropped) =>
        Assert.Equal(dropped, ItemChecks.All.Where(c => c.Name.StartsWith("giveaway", StringComparison.Ordinal))
            .Any(c => c.Fires(Choice($"以下描述对应「Adaptation」中的哪个术语？「{description}」", "Instruction Tuning", ["Fine-tuning", "Prompting", "Alignment"], answerIsTerm: true))));
}
