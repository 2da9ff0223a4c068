using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Notes;

public sealed class NoteParserTermTests
{
    private readonly NoteParser _parser = new();

    [Fact]
    public void Bold_terms_come_from_stars_underscores_and_b_tags()
    {
        var note = _parser.Parse("# A\n**foo\nbar** and __x__ and <b>大语言模型（LLM）</b>是 and ~~not~~ and *not*");

        Assert.Equal(["foo bar", "x", "大语言模型（LLM）"], note.Sections[0].BoldTerms);
    }

    [Fact]
    public void Cjk_bold_next_to_full_width_punctuation_is_bold()
    {
        var note = _parser.Parse("# A\n- LLM 使用**深度神经网络（例如 transformers）**从数十亿个单词中学习");

        Assert.Equal(["深度神经网络（例如 transformers）"], note.Sections[0].BoldTerms);
    }

    [Fact]
    public void Definitions_are_recognised_in_their_written_forms()
    {
        var note = _parser.Parse("""
            # A
            **段落术语**: 段落里的定义

            - **聊天机器人**：自动响应客户服务查询
            - **Term:** colon inside bold
            - Instructions(說明): task for the FM to do
            - 分类：从文字序列到标签的映射
            - 这是一个很长的句子，不是术语：而是一句话
            - see http://example.com
            * **嵌入层**
                * 将输入文本转换为向量
                * 捕获复杂关系
            """);

        Assert.Equal(
            [
                new TermDefinition("段落术语", "段落里的定义", TermDefinitionKind.BoldTerm),
                new TermDefinition("聊天机器人", "自动响应客户服务查询", TermDefinitionKind.BoldTerm),
                new TermDefinition("Term", "colon inside bold", TermDefinitionKind.BoldTerm),
                new TermDefinition("Instructions(說明)", "task for the FM to do", TermDefinitionKind.PlainColon),
                new TermDefinition("分类", "从文字序列到标签的映射", TermDefinitionKind.PlainColon),
                new TermDefinition("嵌入层", "将输入文本转换为向量；捕获复杂关系", TermDefinitionKind.ParentItem),
            ],
            note.Sections[0].Definitions);
    }

    [Fact]
    public void English_paragraph_followed_by_chinese_quote_or_paragraph_is_a_bilingual_pair()
    {
        var note = _parser.Parse("""
            # A
            Foundation models are pretrained on internet-scale data.

            > 基础模型在互联网规模的数据上预训练。

            Tokens are the basic units of text.

            標記是文字的基本單位。

            Another English paragraph without translation.
            """);

        Assert.Equal(
            [
                new BilingualPair("Foundation models are pretrained on internet-scale data.", "基础模型在互联网规模的数据上预训练。"),
                new BilingualPair("Tokens are the basic units of text.", "標記是文字的基本單位。"),
            ],
            note.Sections[0].BilingualPairs);
    }
}
