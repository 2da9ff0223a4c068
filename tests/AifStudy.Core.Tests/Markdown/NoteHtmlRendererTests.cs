using AifStudy.Tests.Shared;
using System.Net;
using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Core.Tests.Notes;

namespace AifStudy.Core.Tests.Markdown;

public sealed partial class NoteHtmlRendererTests
{
    private static readonly NoteParser Parser = new();

    private static string Render(string markdown, Func<string, string?>? resolve = null) =>
        NoteHtmlRenderer.Render(Parser.Parse(markdown), resolve ?? (_ => null));

    [Fact]
    public void Headings_carry_the_section_anchor_and_a_link_to_it()
    {
        var html = Render("# 领域 2：基础\n## Intro\n## Intro");

        Assert.Contains("<h1 id=\"user-content-领域-2-基础\">领域 2：基础 <a class=\"anchor\" href=\"#领域-2-基础\">#</a></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"user-content-intro-2\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Mermaid", "mermaid")]
    [InlineData("## document", "document")]
    [InlineData("## Blazor {#getElementById}", "blazor")]
    public void Headings_named_like_page_globals_get_ids_no_global_can_have(string markdown, string anchor)
    {
        var html = Render(markdown);

        Assert.Equal(["user-content-" + anchor], HeadingIds().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains($"<a class=\"anchor\" href=\"#{anchor}\">#</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_fences_render_as_escaped_pre_mermaid()
    {
        var html = Render("```mermaid\nmindmap\n  root((a <b> & c))\n```\n\n```cs\nvar x = 1;\n```");

        Assert.Contains("<pre class=\"mermaid\">mindmap\n  root((a &lt;b&gt; &amp; c))</pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-cs\">var x = 1;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_images_render_as_labelled_placeholders()
    {
        var html = Render("![领域 2 简介](../images/x.png)\n\n ![](./pic/p24.jpg)");

        Assert.Contains("<span class=\"img-missing\" role=\"img\" aria-label=\"领域 2 简介\">领域 2 简介</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"img-missing\" role=\"img\" aria-label=\"p24.jpg\">p24.jpg</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Existing_images_render_lazily_with_the_resolved_url()
    {
        var html = Render("![图 \"1\"](./pic/p24.jpg)", url => "/media/" + url.TrimStart('.', '/'));

        Assert.Contains("<img src=\"/media/pic/p24.jpg\" alt=\"图 &quot;1&quot;\" loading=\"lazy\" />", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_table_renders_inside_table_wrap()
    {
        var html = Render("| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |");

        Assert.Matches(new Regex("<div class=\"table-wrap\">\\s*<table>[\\s\\S]*</table>\\s*</div>"), html);
    }

    [Fact]
    public void Tip_container_renders_as_callout()
    {
        var html = Render("::: tip 记住\n考试常考 **RAG**。\n:::");

        Assert.Contains("<div class=\"callout tip\">", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"callout-title\">记住</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>RAG</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tex_maths_renders_readably()
    {
        var html = Render("Loss \\(x^2 + \\alpha_i \\le \\frac{1}{n}\\) here");

        Assert.Contains("<span class=\"math\">x<sup>2</sup> + α<sub>i</sub> ≤ 1/n</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_maths_renders_as_a_readable_block()
    {
        var html = Render("Before\n\n\\[\n\\sum_i x_i \\times \\beta\n\\]\n\nAfter");

        Assert.Contains("<div class=\"math\">∑<sub>i</sub> x<sub>i</sub> × β</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Awkward_markdown_never_leaks_raw_syntax()
    {
        var text = """
            ---
            title:
            up: [[Index]]
            ---
            Setext title
            ============
            <!-- hidden
            comment -->
            ##1、标题
            	- tab item **bold
            across** line
            	
            - **Term:** definition
            See [[Other Page|其他]] and \(x^2\).

            Foundation models are large.

            > 基础模型很大。

            ::: tip
            note
            :::
            """;

        var html = Render(text);

        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        var visible = WebUtility.HtmlDecode(Tags().Replace(html, ""));
        foreach (var raw in new[] { "**", "\\(", "[[", ":::", "<!--", "##" })
        {
            Assert.DoesNotContain(raw, visible, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(OutlineGoldenTests.Notes), MemberType = typeof(OutlineGoldenTests))]
    public void Real_notes_render_with_heading_ids_made_from_section_anchors_and_no_raw_syntax(string fileName)
    {
        var note = Parser.Parse(File.ReadAllText(Path.Combine(TestPaths.Content, fileName)), fileName);

        var html = NoteHtmlRenderer.Render(note, _ => null);

        var ids = HeadingIds().Matches(html).Select(m => m.Groups[1].Value);
        Assert.Equal(note.Sections.Where(s => s.Level > 0).Select(s => ContentIds.For(s.Anchor)), ids);
        var visible = WebUtility.HtmlDecode(Tags().Replace(html.Replace("<pre class=\"mermaid\">", "", StringComparison.Ordinal), ""));
        Assert.DoesNotContain("**", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", visible, StringComparison.Ordinal);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("<h[1-6] id=\"([^\"]+)\">")]
    private static partial Regex HeadingIds();
}
