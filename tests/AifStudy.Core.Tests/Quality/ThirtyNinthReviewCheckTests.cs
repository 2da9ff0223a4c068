using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind run 53: orders as terms, text cut inside brackets or joined across an image, a capital letter or a
/// translated word only the right description holds, asides and phrase ends as definitions, a feature's name as one.
/// </summary>
public sealed class ThirtyNinthReviewCheckTests
{
    private static readonly string[] Clusterings =
    [
        "構建一個層次結構的聚類樹，逐步合併或分裂數據點，適合探索數據的多層次結構。",
        "基於密度的聚類方法，能夠識別任意形狀的簇，並且能有效處理噪聲數據。",
    ];

    [Theory]
    [InlineData("Mitigate risks", true)]
    [InlineData("Ensure compliance", true)]
    [InlineData("Train Set", false)]
    [InlineData("Use case", false)]
    [InlineData("Model monitoring", false)]
    public void A_goal_written_as_an_order_is_not_a_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("incomplete-term", Card("TermDefinition", $"What are {term}?", "bias, privacy violations, unintended consequences", term, script: ItemScript.English)));

    [Theory]
    [InlineData("语义空间(例如", "所有汉字组合的含义)", true)]
    [InlineData("语义空间", "所有汉字组合的含义（例如词向量）", false)]
    public void Text_cut_inside_brackets_is_dropped(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("unbalanced-brackets", Card("TermDefinition", $"“{term}”指什么？", back, term)));

    [Theory]
    [InlineData("用增強式學習 (Reinforcement Learning, RL)   现在对于完备的大模型，可以直接提问", true)]
    [InlineData("用增強式學習 (Reinforcement Learning, RL) 找出讓模型表現更好的提示", false)]
    public void Text_joined_across_an_image_is_dropped(string description, bool dropped) =>
        Assert.Equal(dropped, Fires("spliced-text", Choice($"以下描述对应哪个术语？「{description}」", "用AI來找神奇咒語", ["對模型情緒勒索", "Chain of Thought (CoT)"], "用AI來找神奇咒語", answerIsTerm: true)));

    [Theory]
    [InlineData("將數據分成 K 個簇，每個簇由其中心點（質心）表示。", true)]
    [InlineData("將數據分成若干個簇，每個簇由其中心點（質心）表示。", false)]
    public void A_capital_letter_of_the_term_only_the_right_description_repeats_gives_it_away(string answer, bool dropped) =>
        Assert.Equal(dropped, Fires("giveaway-letter", Choice("下列哪一項是對「K-Means 聚類」的描述？", answer, Clusterings, "K-Means 聚類", script: ItemScript.Traditional)));

    [Fact]
    public void A_word_of_an_english_term_said_in_chinese_by_the_right_description_alone_gives_it_away()
    {
        Assert.True(Fires("giveaway-shared-words", Choice("下列哪一項是對「Gaussian Mixture Models (GMM)」的描述？",
            "基於概率模型的聚類方法，假設數據是由多個高斯分佈組成。", ["將數據分成若干個簇，每個簇由其中心點表示。", Clusterings[0]], "Gaussian Mixture Models (GMM)", script: ItemScript.Traditional)));
        Assert.False(Fires("giveaway-shared-words", Choice("下列哪一項是對「Gaussian Mixture Models (GMM)」的描述？",
            "基於概率模型的聚類方法，假設數據來自幾個分佈。", ["將數據分成若干個簇，每個簇由其中心點表示。", Clusterings[0]], "Gaussian Mixture Models (GMM)", script: ItemScript.Traditional)));
    }

    [Theory]
    [InlineData("除了用於聚類外，還可應用於密度估計，建模多模態數據的概率分佈。", true)]
    [InlineData("Also used for density estimation.", true)]
    [InlineData("of all stages, including data ingestion, pre-processing, training, etc.", true)]
    [InlineData("以多個高斯分佈的加權和建模數據的概率模型。", false)]
    [InlineData("For example, a model that mixes Gaussians.", false)]
    public void An_aside_or_the_end_of_a_phrase_is_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("aside-back", Card("TermDefinition", "“高斯混合模型”指什麼？", back, "高斯混合模型", script: ItemScript.Traditional)));

    [Theory]
    [InlineData("Amazon Bedrock", "Human/Automatic Model Evaluation", true)]
    [InlineData("RAG", "Retrieval-Augmented Generation", false)]
    [InlineData("Amazon Bedrock", "A managed service for foundation models", false)]
    [InlineData("GMM", "Gaussian Mixture Model", false)]
    public void A_features_name_is_not_what_a_term_is(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("name-back", Card("TermDefinition", $"What is {term}?", back, term, script: ItemScript.English)));

    [Fact]
    public void A_which_term_question_whose_description_is_the_end_of_a_phrase_is_dropped()
    {
        Assert.True(Fires("aside-back", Choice("Which term (ML Ops › Key Principles) does this describe: \"of all stages, including data ingestion, pre-processing, training, etc…\"?",
            "Automation", ["Version control", "Continuous Delivery"], "Automation", answerIsTerm: true, script: ItemScript.English)));
        Assert.False(Fires("aside-back", Choice("Which term (ML Ops › Key Principles) does this describe: \"Automating all stages, from data ingestion to training\"?",
            "Automation", ["Version control", "Continuous Delivery"], "Automation", answerIsTerm: true, script: ItemScript.English)));
    }

    [Theory]
    [InlineData("Model learns through trail and error by receiving rewards or penalties eg.", true)]
    [InlineData("Model learns through trial and error by receiving rewards or penalties.", false)]
    public void A_back_cut_at_its_example_is_dropped(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("cut-off-back", Card("TermDefinition", "What is Reinforced Learning?", back, "Reinforced Learning", script: ItemScript.English)));
}
