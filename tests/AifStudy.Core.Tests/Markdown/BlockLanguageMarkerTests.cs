using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests.Markdown;

public sealed class BlockLanguageMarkerTests
{
    private static readonly NoteParser Parser = new();

    private static NoteRendering Render(string markdown) =>
        NoteHtmlRenderer.RenderWithLanguages(Parser.Parse(markdown), _ => null);

    [Fact]
    public void Paragraphs_carry_their_language_and_a_translation_pair_is_marked_as_one()
    {
        var rendering = Render("""
            # Pre-training 預訓練

            FMs are typically pre-trained through self-supervised learning.

            FM 通常是透過自我監督學習進行預先訓練的。

            这是另一段中文说明，没有英文原文。
            """);

        Assert.Equal(
            """
            <h1 id="user-content-pre-training-預訓練">Pre-training 預訓練 <a class="anchor" href="#pre-training-預訓練">#</a></h1>
            <p data-lang="en" data-pair="en">FMs are typically pre-trained through self-supervised learning.</p>
            <p data-lang="zh" data-pair="zh">FM 通常是透過自我監督學習進行預先訓練的。</p>
            <p data-lang="zh">这是另一段中文说明，没有英文原文。</p>

            """.ReplaceLineEndings("\n"),
            rendering.Html);
        Assert.Equal(new BlockLanguageCounts(2, 1, 0), rendering.Languages);
    }

    [Fact]
    public void A_list_item_holding_both_languages_is_mixed_and_its_sub_items_keep_their_own()
    {
        var html = Render("""
            # 训练

            * 模型的训练阶段
                * Pre-training happens on a very large unlabeled corpus first
                * 预训练使用大量无标注数据
            * Amazon Titan
            """).Html;

        Assert.Contains("<li data-lang=\"mixed\">模型的训练阶段", html, StringComparison.Ordinal);
        Assert.Contains("<li data-lang=\"en\">Pre-training happens", html, StringComparison.Ordinal);
        Assert.Contains("<li data-lang=\"zh\">预训练使用", html, StringComparison.Ordinal);
        Assert.Contains("<li data-lang=\"mixed\">Amazon Titan</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_code_and_headings_are_left_unmarked()
    {
        var html = Render("""
            ## Table

            | English term here | 中文 |
            |---|---|
            | Retrieval augmented generation for models | 检索增强生成 |

            ```
            print("hello world from the code block here")
            ```
            """).Html;

        Assert.DoesNotContain("data-lang", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_note_with_english_names_is_not_bilingual_and_the_bilingual_note_is()
    {
        var chinese = Render(File.ReadAllText(Path.Combine(TestPaths.Content, "foundation-model-basics.md"))).Languages;
        var bilingual = Render(File.ReadAllText(Path.Combine(TestPaths.Content, "genai-fundamentals-bilingual.md"))).Languages;

        Assert.False(chinese.IsBilingual, chinese.ToString());
        Assert.True(bilingual.IsBilingual, bilingual.ToString());
        Assert.True(bilingual.English >= 10 && bilingual.Chinese >= 10, bilingual.ToString());
    }

    [Fact]
    public void Plain_render_output_has_no_language_marks()
    {
        var html = NoteHtmlRenderer.Render(Parser.Parse("FMs are typically pre-trained through self-supervised learning."), _ => null);

        Assert.DoesNotContain("data-lang", html, StringComparison.Ordinal);
    }
}
