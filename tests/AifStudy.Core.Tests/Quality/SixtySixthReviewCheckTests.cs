using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using static AifStudy.Core.Tests.Quality.Items;

namespace AifStudy.Core.Tests.Quality;

/// <summary>
/// Checks from blind run 80: numbered steps under a "steps" lead-in, example lead-ins and step references as terms, a
/// bare "Ways" as context, a name that says the back, praise and its reason, an analogy as a definition, and a section's
/// opening situation read as its title's definition.
/// </summary>
public sealed class SixtySixthReviewCheckTests
{
    private const string Bpe = """
        - BPE是一种数据压缩算法，最初用于压缩算法的字符替换。
        - **算法步骤**：
        1. **初始化词汇表**：从训练数据中的所有字符开始，构建初始词汇表。

        2. **统计字符对频率**：计算在文本数据中相邻字符对的出现频率。

        3. **合并频率最高的字符对**：将频率最高的字符对合并为一个新的符号。
        """;

    private const string Kinds = """
        - **三种常见模型**：
        1. **卷积神经网络**：擅长处理图像的神经网络。
        2. **循环神经网络**：擅长处理序列的神经网络。
        """;

    [Theory]
    [InlineData(Bpe, "统计字符对频率", true)]
    [InlineData(Bpe, "初始化词汇表", true)]
    [InlineData(Kinds, "卷积神经网络", false)]
    public void A_numbered_entry_under_a_steps_lead_in_is_a_step_not_a_term(string markdown, string term, bool dropped) =>
        Assert.Equal(dropped, Fires("process-step-as-term", Card("TermDefinition", $"“{term}”指什么？", "计算在文本数据中相邻字符对的出现频率。", term,
            context: "training", section: Section(markdown, "Transformer", "training"), script: ItemScript.Simplified)));

    [Theory]
    [InlineData("结合机器翻译", true)]
    [InlineData("对于长文本", true)]
    [InlineData("重复步骤2和3", true)]
    [InlineData("Repeat steps 2 and 3", true)]
    [InlineData("机器翻译", false)]
    [InlineData("结构化数据", false)]
    public void An_example_lead_in_or_a_step_reference_is_no_term(string term, bool dropped) =>
        Assert.Equal(dropped, Fires("label-as-term", Card("TermDefinition", $"“{term}”指什么？", "汉语作为输入，英文作为输出，英文的向量决定汉语向量的权重", term,
            context: "注意力机制", script: ItemScript.Simplified)));

    [Fact]
    public void A_bare_ways_label_is_placed_under_its_section()
    {
        var section = Section("- Ways\n    - Min-Max: subtract the minimum and divide by the range", "Feature Preprocessing", "Centering and Scaling");
        Assert.Equal("Centering and Scaling › Ways", SubjectContext.Place(section, "Ways"));
        Assert.Equal("Amazon Macie", SubjectContext.Place(section, "Amazon Macie"));
    }

    [Theory]
    [InlineData("Amazon Translate", "a text translation service.", true)]
    [InlineData("Amazon Comprehend", "a natural language processing service that finds insights in text.", false)]
    [InlineData("AWS Glue", "a serverless data integration service.", false)]
    public void A_back_the_services_name_already_says_is_trivial(string term, string back, bool dropped) =>
        Assert.Equal(dropped, Fires("trivial-back", Card("TermDefinition", $"What is {term}?", back, term, context: null, script: ItemScript.English)));

    [Theory]
    [InlineData("一种强大的解决方案，因为它避免生成大量特征，保持数据集的维度与原始维度相同", true)]
    [InlineData("a powerful solution because it avoids creating many features", true)]
    [InlineData("用目标变量中的平均响应替换分类特征中的每个组", false)]
    [InlineData("一种编码方法，用每个类别的目标均值替换该类别", false)]
    public void Praise_and_its_reason_is_no_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("reason-back", Card("TermDefinition", "“Target Encoding”指什么？", back, "Target Encoding", context: "处理类别特征", script: ItemScript.Simplified)));

    [Theory]
    [InlineData("Paris is to France as Berlin is to Germany", true)]
    [InlineData("国王之于王后，就像男人之于女人", true)]
    [InlineData("a test of whether vector offsets capture relations between word pairs", false)]
    public void One_analogy_is_an_instance_not_a_definition(string back, bool dropped) =>
        Assert.Equal(dropped, Fires("example-back", Card("TermDefinition", "What is word analogy?", back, "word analogy", context: "Intrinsic evaluation", script: ItemScript.English)));

    [Theory]
    [InlineData("### F1-score\n\nA challenge we face after calculating precision and recall is how to choose an algorithm.\n", false)]
    [InlineData("### Data Lake\n\nA storage repository that holds large amounts of raw data in its native format.\n", true)]
    public void A_sections_opening_situation_does_not_define_its_title(string markdown, bool defines) =>
        Assert.Equal(defines, new NoteParser().Parse("# Notes\n\n" + markdown, "n.md").Sections.SelectMany(s => s.Definitions).Any());
}
