using AifStudy.Core.Search;

namespace AifStudy.Core.Tests.Search;

public sealed class SearchRankingTests
{
    [Fact]
    public void A_term_in_the_title_ranks_before_the_same_term_once_in_the_body()
    {
        var inTitle = SearchRanking.Score("微调", "预训练之后的步骤", ["微调"], averageLength: 10);
        var inBody = SearchRanking.Score("训练", "预训练之后微调模型", ["微调"], averageLength: 10);

        Assert.True(inTitle < inBody);
    }

    [Fact]
    public void More_occurrences_rank_better_and_a_long_text_needs_more_of_them()
    {
        var once = SearchRanking.Score("", "rag uses retrieval", ["rag"], averageLength: 20);
        var twice = SearchRanking.Score("", "rag uses rag retrieval", ["rag"], averageLength: 20);
        var twiceInLongText = SearchRanking.Score("", "rag uses rag retrieval " + new string('x', 200), ["rag"], averageLength: 20);

        Assert.True(twice < once);
        Assert.True(twice < twiceInLongText);
    }

    [Fact]
    public void Matching_rows_score_below_zero_and_a_weight_below_one_moves_them_back()
    {
        var section = SearchRanking.Score("transformer", "attention", ["transformer"], averageLength: 20);
        var card = SearchRanking.Score("transformer", "attention", ["transformer"], averageLength: 20, weight: 0.5);

        Assert.True(section < card);
        Assert.True(card < 0);
        Assert.Equal(0, SearchRanking.Score("bedrock", "sagemaker", ["transformer"], averageLength: 20));
    }
}
