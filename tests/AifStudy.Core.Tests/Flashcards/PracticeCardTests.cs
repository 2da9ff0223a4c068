using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

/// <summary>Practice questions the author answered, as cards.</summary>
public sealed class PracticeCardTests
{
    [Fact]
    public void A_question_with_its_answer_in_a_code_block_is_a_card_with_the_explanation_under_the_answer()
    {
        const string note = """
            # Final exam

            3.An AI practitioner is using a **large language model (LLM)** to create content. The content sounds plausible but is incorrect. Which problem is the LLM having?

            ```
            Hallucination
            這是 LLM 捏造資訊（幻覺）的典型現象。
            ```
            """;

        var card = Assert.Single(Cards.Of(note), c => c.Kind == CardKind.PracticeQuestion);

        Assert.Equal("An AI practitioner is using a large language model (LLM) to create content. The content sounds plausible but is incorrect. Which problem is the LLM having?", card.Front);
        Assert.Equal("Hallucination\n\n這是 LLM 捏造資訊（幻覺）的典型現象。", card.Back);
    }

    [Fact]
    public void A_q_and_a_pair_is_a_card()
    {
        var card = Assert.Single(Cards.Of("# RAG\n\n**Q:** 什么是 RAG？\n**A:** 检索增强生成：先检索相关文档，再把它们加入提示词。\n"), c => c.Kind == CardKind.PracticeQuestion);

        Assert.Equal("什么是 RAG？", card.Front);
        Assert.Equal("检索增强生成：先检索相关文档，再把它们加入提示词。", card.Back);
    }

    [Fact]
    public void Options_in_the_block_or_a_statement_before_it_are_not_a_practice_card()
    {
        Assert.DoesNotContain(Cards.Of("# Q\n\nWhich LLM feature fits?\n\n```\nA. Summarization\nB. Generation\nanswer: B\n```\n"), c => c.Kind == CardKind.PracticeQuestion);
        Assert.DoesNotContain(Cards.Of("# Q\n\nInstall the CLI.\n\n```\npip install boto3\n```\n"), c => c.Kind == CardKind.PracticeQuestion);
    }
}
