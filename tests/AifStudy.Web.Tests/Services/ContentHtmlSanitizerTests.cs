using AifStudy.Core.Markdown;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services;
using AifStudy.Web.Tests.TestSupport;
using AngleSharp.Html.Parser;

namespace AifStudy.Web.Tests.Services;

/// <summary>Ids and names in note HTML live under <c>user-content-</c>, so none can stand in for a page global.</summary>
public sealed class ContentHtmlSanitizerTests
{
    private static readonly ContentHtmlSanitizer Sanitizer = new();
    private static readonly NoteParser Parser = new();

    [Theory]
    [InlineData("<a id=\"mermaid\">x</a>", "<a id=\"user-content-mermaid\">x</a>")]
    [InlineData("<a name=\"mermaid\">x</a>", "<a name=\"user-content-mermaid\">x</a>")]
    [InlineData("<img name=\"getElementById\" alt=\"i\">", "<img name=\"user-content-getElementById\" alt=\"i\">")]
    [InlineData("<img id=\"cookie\" alt=\"i\">", "<img id=\"user-content-cookie\" alt=\"i\">")]
    [InlineData("<p id=\"user-content-intro\">x</p>", "<p id=\"user-content-intro\">x</p>")]
    public void Ids_and_names_a_note_writes_itself_get_the_content_prefix(string html, string expected)
    {
        Assert.Equal(expected, Sanitizer.Sanitize(html, "notes/n"));
    }

    [Fact]
    public void References_to_ids_move_with_the_ids()
    {
        var html = Sanitizer.Sanitize(
            "<label for=\"q\">Q</label><input id=\"q\" list=\"opts\"><datalist id=\"opts\"></datalist>"
            + "<table><tr><th id=\"h1\">a</th><th id=\"h2\">b</th></tr><tr><td headers=\"h1 h2\">c</td></tr></table>"
            + "<map name=\"m\"><area alt=\"x\" href=\"https://example.com\"></map><img usemap=\"#m\" alt=\"y\">",
            "notes/n");

        Assert.Contains("<label for=\"user-content-q\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"user-content-q\" list=\"user-content-opts\"", html, StringComparison.Ordinal);
        Assert.Contains("headers=\"user-content-h1 user-content-h2\"", html, StringComparison.Ordinal);
        Assert.Contains("<map name=\"user-content-m\">", html, StringComparison.Ordinal);
        Assert.Contains("usemap=\"#user-content-m\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rendered_heading_keeps_one_prefix_and_its_link_keeps_the_plain_anchor()
    {
        var html = SanitizedNote("# Note\n\n## Mermaid\n\nSee [above](#mermaid).\n\n{#document}\nA paragraph\n");

        Assert.Contains("<h2 id=\"user-content-mermaid\">Mermaid <a class=\"anchor\" href=\"notes/n#mermaid\">#</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"notes/n#mermaid\">above</a>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"user-content-document\">A paragraph</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("domain-2-genai-fundamentals.md")]
    [InlineData("domain-3-fm-applications.md")]
    [InlineData("foundation-model-basics.md")]
    [InlineData("genai-fundamentals-bilingual.md")]
    [InlineData("llm-basics.md")]
    public void Every_id_and_name_of_a_real_note_is_in_the_content_namespace(string file)
    {
        var html = SanitizedNote(File.ReadAllText(Path.Combine(TestPaths.Content, file)));

        using var document = new HtmlParser().ParseDocument(html);
        var named = document.Body!.QuerySelectorAll("[id], [name]")
            .SelectMany(e => new[] { e.GetAttribute("id"), e.GetAttribute("name") }).OfType<string>().ToList();
        Assert.NotEmpty(named);
        Assert.All(named, value => Assert.StartsWith(ContentIds.Prefix, value, StringComparison.Ordinal));
    }

    private static string SanitizedNote(string markdown) =>
        Sanitizer.Sanitize(NoteHtmlRenderer.Render(Parser.Parse(markdown), _ => null), "notes/n");
}
