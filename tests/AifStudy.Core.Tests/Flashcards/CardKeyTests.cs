using AifStudy.Core.Flashcards;

namespace AifStudy.Core.Tests.Flashcards;

public sealed class CardKeyTests
{
    private const string Note = "# 神经网络层\n- **嵌入层**：将输入文本转换为称为嵌入的向量表示\n- **前馈层**：将嵌入转换为其更高权重的版本\n";

    [Fact]
    public void Key_is_sixteen_lowercase_hex_digits()
    {
        Assert.All(Cards.Of(Note), c => Assert.Matches("^[0-9a-f]{16}$", c.Key));
    }

    [Fact]
    public void Key_survives_a_reworded_definition_and_edits_elsewhere_in_the_note()
    {
        var edited = "前言。\n\n# 神经网络层\n- **嵌入层**：把输入文本变成叫作嵌入的向量表示形式\n- **注意力机制**：关注输入文本中最相关的部分\n";

        Assert.Equal(KeyOf(Note, "嵌入层"), KeyOf(edited, "嵌入层"));
    }

    [Fact]
    public void Key_survives_renumbering_and_punctuation_in_the_heading()
    {
        Assert.Equal(KeyOf(Note, "嵌入层"), KeyOf(Note.Replace("# 神经网络层", "# 3、神经网络层！", StringComparison.Ordinal), "嵌入层"));
    }

    [Fact]
    public void Key_changes_with_the_term_the_section_the_kind_and_the_note()
    {
        var keys = new[]
        {
            KeyOf(Note, "嵌入层"),
            KeyOf(Note, "前馈层"),
            KeyOf(Note.Replace("# 神经网络层", "# 输入模块", StringComparison.Ordinal), "嵌入层"),
            Cards.Of(Note).First(c => c.Kind == CardKind.DefinitionTerm).Key,
            Cards.Of(Note, "other-note")[0].Key,
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Key_is_the_hash_of_kind_note_path_and_subject()
    {
        Assert.Equal(CardKey.Compute(CardKind.TermDefinition, "test", ["神经网络层"], "嵌入层"), KeyOf(Note, "嵌入层"));
    }

    private static string KeyOf(string markdown, string term) =>
        Cards.Of(markdown).First(c => c.Kind == CardKind.TermDefinition && c.Subject == term).Key;
}
