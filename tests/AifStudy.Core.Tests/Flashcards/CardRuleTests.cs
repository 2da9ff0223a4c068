using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;

namespace AifStudy.Core.Tests.Flashcards;

public sealed class CardRuleTests
{
    private static readonly NoteSection Section = new NoteParser().Parse("# A\nx\n").Sections[0];

    [Theory]
    [InlineData("什么是 LLM？", "  ")]
    [InlineData("\n", "大语言模型")]
    public void Card_with_an_empty_side_is_rejected(string front, string back)
    {
        Assert.Equal("empty side", CardRules.Violation(Draft(CardKind.TermDefinition, front, back)));
    }

    [Fact]
    public void Card_whose_sides_say_the_same_after_normalising_is_rejected()
    {
        Assert.Equal("front repeats back", CardRules.Violation(Draft(CardKind.QuestionAnswer, "Large Language Model?", "large  language-model")));
    }

    [Fact]
    public void Card_whose_front_contains_its_answer_is_rejected()
    {
        Assert.Equal("front reveals the answer", CardRules.Violation(Draft(CardKind.QuestionAnswer, "预训练和微调，哪个先做？答案是预训练", "预训练")));
    }

    [Fact]
    public void Reverse_card_whose_front_names_the_term_is_rejected()
    {
        var draft = new CardDraft(CardKind.DefinitionTerm, "这是哪个术语？\n\nRLHF 提供人类反馈数据", "人类反馈强化学习", Section, "RLHF");

        Assert.Equal("front reveals the term", CardRules.Violation(draft));
    }

    [Theory]
    [InlineData(@"\*\*bold\*\* written out")]
    [InlineData("&lt;b&gt;x&lt;/b&gt;")]
    [InlineData(@"see \[\[wikilink\]\]")]
    [InlineData(@"a \` tick")]
    public void Card_that_would_show_markup_as_text_is_rejected(string back)
    {
        Assert.Equal("markup shows as text", CardRules.Violation(Draft(CardKind.QuestionAnswer, "什么是它的写法？", back)));
    }

    [Fact]
    public void Card_with_a_back_over_600_characters_is_rejected()
    {
        Assert.Equal("back too long", CardRules.Violation(Draft(CardKind.QuestionAnswer, "什么是长答案？", new string('长', 601))));
    }

    [Fact]
    public void Markup_in_the_note_never_reaches_a_card_as_text()
    {
        var cards = Cards.Of("""
            # A
            - **大语言模型**：使用 `**` 和 __下划线__ 以及 <b>HTML</b> 和 [[维基链接]] 写成的一段比较长的定义文字
            - 原因：这里有一个 `反引号` 和 * 星号 * 以及 _ 下划线 _ 的普通文字说明
            - **Markdown 语法**
                - 支持**粗体**和`代码`，还有 [链接](http://example.com) 与 $x$ 数学
                - 第二条说明
            """);

        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.Null(CardRules.Violation(new CardDraft(c.Kind, c.Front, c.Back, Section, c.Subject))));
    }

    [Fact]
    public void Empty_and_placeholder_sections_give_no_cards()
    {
        Assert.Empty(Cards.Of("# 演练问题\n## 演练问题 3\n略\n## 演练问题 4\n## 其他资源\nTODO\n"));
    }

    [Fact]
    public void Same_front_and_back_twice_is_kept_once_in_document_order()
    {
        var note = new NoteParser().Parse("# A\n**残差连接**：用于解决多层网络训练的问题的一种连接方式\n\n**残差连接**：用于解决多层网络训练的问题的一种连接方式。\n");
        var rejected = new List<(CardKind, string)>();

        // Checks off: with them on, a label written twice is a field of the note's template (repeated-field-label).
        var cards = CardGenerator.Generate(note, "test", (draft, why) => rejected.Add((draft.Kind, why)), GenerationOptions.Unchecked);

        Assert.Equal([CardKind.TermDefinition, CardKind.DefinitionTerm], cards.Select(c => c.Kind));
        Assert.EndsWith("连接方式", cards[0].Back, StringComparison.Ordinal);
        Assert.Equal([(CardKind.TermDefinition, "duplicate"), (CardKind.DefinitionTerm, "duplicate")], rejected);
    }

    [Fact]
    public void Definition_too_long_to_recall_gives_no_card()
    {
        Assert.Empty(Cards.Of("# A\n- **长定义**：" + string.Concat(Enumerable.Repeat("这是一段很长的定义文字，", 60)) + "\n"));
    }

    [Fact]
    public void Same_note_gives_the_same_cards_in_the_same_order()
    {
        var first = RealNotes.Cards("foundation-model-basics.md");
        var second = RealNotes.Cards("foundation-model-basics.md");

        Assert.Equal(CardGoldenTests.Format(first), CardGoldenTests.Format(second));
    }

    [Theory]
    [MemberData(nameof(RealNotes.Files), MemberType = typeof(RealNotes))]
    public void Every_card_of_a_real_note_passes_every_rule_and_has_a_unique_key(string fileName)
    {
        var cards = RealNotes.Cards(fileName);

        Assert.All(cards, c => Assert.Null(CardRules.Violation(new CardDraft(c.Kind, c.Front, c.Back, Section, c.Subject))));
        Assert.Equal(cards.Count, cards.Select(c => c.Key).Distinct().Count());
    }

    private static CardDraft Draft(CardKind kind, string front, string back) => new(kind, front, back, Section, "subject");
}
