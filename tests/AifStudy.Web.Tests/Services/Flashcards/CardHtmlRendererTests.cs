using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class CardHtmlRendererTests
{
    private readonly CardHtmlRenderer _renderer = new(new ContentHtmlSanitizer());

    [Fact]
    public void A_cloze_back_shows_the_term_in_bold_not_as_asterisks()
    {
        var html = _renderer.Render("模型的能力由**参数量**决定。");

        Assert.Equal("<p>模型的能力由<strong>参数量</strong>决定。</p>", html);
        Assert.DoesNotContain("**", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_lists_become_html_lists()
    {
        var html = _renderer.Render("1. Amazon Bedrock\n2. Amazon SageMaker\n3. Amazon Q");

        Assert.Equal("<ol>\n<li>Amazon Bedrock</li>\n<li>Amazon SageMaker</li>\n<li>Amazon Q</li>\n</ol>", html);
        Assert.Equal("<ul>\n<li>精确率</li>\n<li>召回率</li>\n</ul>", _renderer.Render("- 精确率\n- 召回率"));
    }

    [Fact]
    public void Inline_code_is_kept_as_code()
    {
        Assert.Equal("<p>Set <code>temperature</code> to 0</p>", _renderer.Render("Set `temperature` to 0"));
    }

    [Fact]
    public void Scripts_and_event_handlers_in_a_card_do_not_survive()
    {
        var html = _renderer.Render("Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<p>Hi ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Escaped_markdown_characters_in_card_text_show_as_text()
    {
        Assert.Equal("<p>2 * 3 = 6, not *bold*</p>", _renderer.Render("2 \\* 3 = 6, not \\*bold\\*"));
    }

    [Fact]
    public void A_blank_side_renders_as_empty()
    {
        Assert.Equal("", _renderer.Render("  \n"));
    }
}
