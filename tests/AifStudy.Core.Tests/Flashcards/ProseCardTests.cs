using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>Lecture prose and bilingual definition pairs give term cards too.</summary>
public sealed class ProseCardTests
{
    [Fact]
    public void A_definition_sentence_in_lecture_prose_gives_a_term_card()
    {
        var cards = Cards.OfKind(CardKind.TermDefinition, "# 基础模型的应用\n\n## 第1课\n\n推理参数是一组可以调整以限制或影响模型响应的值。\n");

        var card = Assert.Single(cards);
        Assert.Equal("“推理参数”指什么？", card.Front);
        Assert.Equal("一组可以调整以限制或影响模型响应的值", card.Back);
    }

    [Fact]
    public void A_term_the_list_already_defines_is_not_asked_again_from_prose()
    {
        var cards = Cards.OfKind(CardKind.TermDefinition, "# A\n\n- **推理参数**：可以调整以影响模型响应的一组值\n\n推理参数是一组可以调整以限制或影响模型响应的值。\n");

        Assert.Single(cards);
    }

    [Fact]
    public void A_bilingual_definition_pair_gives_a_card_with_both_languages_on_the_back()
    {
        var card = Assert.Single(RealNotes.Cards("genai-fundamentals-bilingual.md"), c => c.Subject == "Embeddings");

        Assert.Equal("“Embeddings”指什麼？（嵌入和向量）", card.Front);
        Assert.StartsWith("Embeddings are numerical representations of tokens", card.Back, StringComparison.Ordinal);
        Assert.Contains("\n\n嵌入是標記的數字表示", card.Back, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_sentence_that_defines_nothing_gives_no_term_card() =>
        Assert.Empty(Cards.OfKind(CardKind.TermDefinition, "# Notes\n\n## Deployment 部署\n\nDeployment can involve integrating the model into applications.\n部署可能涉及將模型整合到應用程式中。\n"));
}
