using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>A section whose first sentence opens with its title and says what it computes or is: the title defined.</summary>
public sealed class HeadingLeadDefinitionTests
{
    private const string Metrics = """
        # 摘要生成评估指标

        ## ROUGE

        ### ROUGE-N

        ROUGE-N 指标计算生成的摘要与相应的参考摘要的 n-gram 召回率，具体的公式为：

        $$ROUGE-N = \frac{a}{b}$$

        ### ROUGE-L

        ROUGE-L 指标基于两个文本单元的最长公共序列，计算 F-measure，具体公式如下：

        $$F = \frac{c}{d}$$

        ### 最长公共序列

        最长公共序列的长度越长，两个文本越相似。

        ### BLEU

        BLEU 的计算方式与 ROUGE 相反，看的是精确率。
        """;

    [Fact]
    public void The_title_is_the_term_and_the_rest_from_its_verb_the_definition()
    {
        var cards = CardGenerator.Generate(new NoteParser().Parse(Metrics, "m.md"), "m").ToDictionary(c => c.Front, c => c.Back);

        Assert.Equal("计算生成的摘要与相应的参考摘要的 n-gram 召回率", cards["“ROUGE-N”指什么？"]);
        Assert.Equal("基于两个文本单元的最长公共序列，计算 F-measure", cards["“ROUGE-L”指什么？"]);
    }

    [Fact]
    public void A_sentence_that_goes_on_about_the_title_without_a_verb_of_what_it_is_defines_nothing()
    {
        var prompts = Quizzes.Of(Metrics).Select(q => q.Prompt)
            .Concat(CardGenerator.Generate(new NoteParser().Parse(Metrics, "m.md"), "m").Select(c => c.Front)).ToList();

        Assert.DoesNotContain(prompts, p => p.Contains("「最长公共序列", StringComparison.Ordinal));
        Assert.DoesNotContain(prompts, p => p.Contains("「BLEU", StringComparison.Ordinal));
    }
}
