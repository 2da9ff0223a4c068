using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

public sealed class CardKindTests
{
    [Fact]
    public void Bold_term_with_colon_gives_a_term_card_and_its_reverse()
    {
        var cards = Cards.Of("# 神经网络层\n- **残差连接**：用于解决多层网络训练的问题，可以让网络只关注当前差异的部分\n");

        Assert.Equal(
            [
                (CardKind.TermDefinition, "“残差连接”指什么？（神经网络层）", "用于解决多层网络训练的问题，可以让网络只关注当前差异的部分"),
                (CardKind.DefinitionTerm, "这是哪个术语？（神经网络层）\n\n用于解决多层网络训练的问题，可以让网络只关注当前差异的部分", "残差连接"),
            ],
            cards.Select(c => (c.Kind, c.Front, c.Back)));
    }

    [Fact]
    public void English_plain_term_is_asked_in_english()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.TermDefinition, "# Prompt engineering\n- Instructions(說明): task for the FM to do\n"));

        Assert.Equal("What are Instructions(說明)? (Prompt engineering)", card.Front);
        Assert.Equal("task for the FM to do", card.Back);
    }

    [Fact]
    public void Long_term_or_definition_that_names_the_term_gets_no_reverse_card()
    {
        var cards = Cards.Of("""
            # A
            - **自然语言处理（NLP / Natural Language Processing）**：赋予机器解释和操纵人类语言的能力，并对人类交流做出反应
            - **Transformer**：Transformer 是一种使用自注意力机制的神经网络架构
            """);

        Assert.DoesNotContain(cards, c => c.Kind == CardKind.DefinitionTerm);
        Assert.Equal(2, cards.Count(c => c.Kind == CardKind.TermDefinition));
    }

    [Fact]
    public void Section_with_two_to_twelve_bullets_gets_a_key_points_card_naming_its_parent()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.SectionRecall, "# 基础\n## 模型压缩技术\n- 计算量非常巨大\n- 模型占用很高内存\n"));

        Assert.Equal("模型压缩技术（基础）的要点？", card.Front);
        Assert.Equal("- 计算量非常巨大\n- 模型占用很高内存", card.Back);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    public void Section_with_one_or_more_than_twelve_bullets_gets_no_key_points_card(int count)
    {
        var bullets = string.Concat(Enumerable.Range(1, count).Select(i => $"- 第 {i} 个要点的说明文字\n"));

        Assert.Empty(Cards.OfKind(CardKind.SectionRecall, "# 很多要点\n" + bullets));
    }

    [Fact]
    public void Item_ending_with_a_colon_asks_for_its_children_and_says_how_many()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.ListRecall, "# 了解 FM\n- FM 的示例：\n    - Amazon Titan\n    - Meta Llama 2\n    - Anthropic Claude\n"));

        Assert.Equal("了解 FM › FM 的示例：包括哪 3 项？", card.Front);
        Assert.Equal("- Amazon Titan\n- Meta Llama 2\n- Anthropic Claude", card.Back);
        Assert.Equal("FM 的示例", card.Subject);
    }

    [Fact]
    public void Numbered_list_asks_for_the_order()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.OrderedListRecall, "# 训练阶段\n1. 预训练\n2. 微调\n3. 提示工程\n"));

        Assert.Equal("按顺序列出训练阶段（3 项）", card.Front);
        Assert.Equal("1. 预训练\n2. 微调\n3. 提示工程", card.Back);
    }

    [Fact]
    public void Numbered_subsections_ask_for_the_order_of_their_titles()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.OrderedListRecall, "# 生命週期\n## 1. Data selection\nA.\n## 2. Pre-training\nB.\n## 3. Deployment\nC.\n"));

        Assert.Equal("1. Data selection\n2. Pre-training\n3. Deployment", card.Back);
        Assert.Equal("生命週期", card.Subject);
    }

    [Fact]
    public void Bold_term_in_a_sentence_becomes_a_cloze_with_the_term_highlighted_on_the_back()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.Cloze, "# A\n语言模型可以根据给定文本来预测下一个词语出现的**概率**。\n"));

        Assert.Equal("语言模型可以根据给定文本来预测下一个词语出现的［……］。", card.Front);
        Assert.Equal("语言模型可以根据给定文本来预测下一个词语出现的**概率**。", card.Back);
    }

    [Theory]
    [InlineData("# A\n它使用**GPT**模型。\n")]
    [InlineData("# A\n**GPT** 的全称里也有 GPT 这个词，所以它不能被挖空作为问题。\n")]
    public void Cloze_needs_enough_context_and_a_term_not_repeated_in_the_sentence(string markdown)
    {
        Assert.Empty(Cards.OfKind(CardKind.Cloze, markdown));
    }

    [Fact]
    public void Question_the_prose_answers_itself_becomes_a_question_card_without_its_lead_in()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.QuestionAnswer, "# A\n再来看另一个问题。什么是少样本提示？您可以提供一些示例来帮助 LLM 模型更好地执行。\n"));

        Assert.Equal("什么是少样本提示？", card.Front);
        Assert.Equal("您可以提供一些示例来帮助 LLM 模型更好地执行。", card.Back);
    }

    [Fact]
    public void Answer_label_and_comma_lead_in_are_stripped()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.QuestionAnswer, "# A\n下面看一个问题，基础模型的应用有哪些？答案：客户支持、语言翻译、内容生成和代码生成。\n"));

        Assert.Equal("基础模型的应用有哪些？", card.Front);
        Assert.Equal("客户支持、语言翻译、内容生成和代码生成。", card.Back);
    }

    [Theory]
    [InlineData("# A\n这是为什么呢？这些任务需要组织特定的数据和通常要求自定义编程的工作流。\n")]
    [InlineData("# A\n生成式 AI 模型主要有哪些使用案例？\n")]
    [InlineData("# A\n您有多少计算预算？您是否愿意牺牲模型性能？当您在本地部署 LLM 时，可能会面临推理方面的挑战。\n")]
    [InlineData("# A\n什么是向量？这节课到此结束。\n")]
    public void Vague_unanswered_or_rhetorical_questions_give_no_card(string markdown)
    {
        Assert.Empty(Cards.OfKind(CardKind.QuestionAnswer, markdown));
    }

    [Fact]
    public void English_paragraph_and_its_translation_give_a_bilingual_card_with_english_in_front()
    {
        var card = Assert.Single(Cards.OfKind(CardKind.BilingualPair, "# Tokens\nFMs are typically pre-trained through self-supervised learning.\n\nFM 通常是透過自我監督學習進行預先訓練的。\n"));

        Assert.Equal("FMs are typically pre-trained through self-supervised learning.", card.Front);
        Assert.Equal("FM 通常是透過自我監督學習進行預先訓練的。", card.Back);
    }
}
