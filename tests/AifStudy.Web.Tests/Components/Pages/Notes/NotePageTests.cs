using AifStudy.Core.Markdown;
using AifStudy.Web.Components.Pages.Notes;
using AifStudy.Web.Tests.TestSupport;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages.Notes;

public sealed class NotePageTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;
    private BunitJSModuleInterop _module = null!;

    public async Task InitializeAsync()
    {
        var content = TempContentFolder.CopyOfRepoContent();
        content.Write("pics.md", "# Pics\n\n![diagram](./img/diagram.png)\n\n![gone](./img/missing.png)\n");
        content.Write("img/diagram.png", TinyPng.Bytes);
        content.Write("hostile.md", """
            # Hostile

            <img src=x onerror=alert(1)>

            <script>alert(2)</script>

            [x](javascript:alert(1))
            """);
        _harness = await ImportHarness.CreateAsync(content);
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        JSInterop.Mode = JSRuntimeMode.Strict;
        _module = JSInterop.SetupModule("./Components/Shared/RichContent.razor.js");
        _module.SetupVoid("enhance", _ => true);
        JSInterop.SetupModule("./Components/Pages/Notes/NotePage.razor.js")
            .SetupModule(call => call.Identifier == "track")
            .SetupVoid("dispose");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void A_heading_has_the_id_its_table_of_contents_entry_links_to_in_the_content_namespace()
    {
        var cut = RenderNote("foundation-model-basics");

        var heading = cut.FindAll("[data-testid=note-body] h2").Single(h => h.TextContent.StartsWith("了解基础模型 (FM) 功能", StringComparison.Ordinal));
        Assert.Equal("user-content-了解基础模型-fm-功能", heading.Id);
        var entry = cut.FindAll("aside.toc a.toc-link").Single(a => a.TextContent == "了解基础模型 (FM) 功能");
        Assert.Equal("notes/foundation-model-basics#了解基础模型-fm-功能", entry.GetAttribute("href"));
    }

    [Fact]
    public void The_header_shows_the_title_domain_language_section_count_and_study_links()
    {
        var cut = RenderNote("llm-basics");

        cut.Find("header.note-header").MarkupMatches(
            """
            <header class="note-header">
              <div class="crumbs"><a href="">Notes</a> › Domain 1: Fundamentals of AI and ML</div>
              <h1>大语言模型基础笔记</h1>
              <div class="meta">
                <span class="badge domain d1">Domain 1</span>
                <span class="badge lang">zh-Hans</span>
                <span class="badge">20 sections</span>
                <a class="button small" href="review?note=llm-basics">Review this note</a>
                <a class="button small secondary" href="cards?note=llm-basics">Cards</a>
              </div>
            </header>
            """);
    }

    [Fact]
    public void A_note_whose_body_opens_with_its_title_shows_it_once_in_the_header()
    {
        var cut = RenderNote("foundation-model-basics");

        Assert.Equal("基础模型的基础知识", cut.Find("header.note-header h1").TextContent);
        // The body keeps its own H1 (its anchor still works) but marks it as shown by the header instead.
        Assert.Contains("title-in-header", cut.Find("[data-testid=note-body]").ClassList);
        Assert.Equal("user-content-基础模型的基础知识", cut.Find("[data-testid=note-body] > h1:first-child").Id);
        Assert.DoesNotContain(cut.FindAll("aside.toc a.toc-link"), a => a.TextContent == "基础模型的基础知识");
    }

    [Fact]
    public void The_table_of_contents_has_one_link_per_heading_of_the_body_in_order()
    {
        var cut = RenderNote("foundation-model-basics");

        // Every heading but the body's title H1, which the page header shows.
        var headingIds = cut.FindAll("[data-testid=note-body] :is(h1, h2, h3, h4, h5, h6)").Skip(1).Select(h => h.Id).ToList();
        var tocLinks = cut.FindAll("aside.toc a.toc-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(9, tocLinks.Count);
        Assert.Equal(headingIds.Select(id => $"notes/foundation-model-basics#{id![ContentIds.Prefix.Length..]}"), tocLinks);
    }

    [Fact]
    public void A_note_with_its_own_mindmap_shows_it_in_the_body_and_gets_no_generated_one()
    {
        var cut = RenderNote("foundation-model-basics");

        Assert.Contains(cut.FindAll("[data-testid=note-body] pre.mermaid"), pre => pre.TextContent.Contains("Amazon Titan", StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=generated-mindmap]"));
        Assert.Empty(cut.FindAll("details.mindmap-panel"));
    }

    [Fact]
    public void A_note_without_a_mindmap_gets_one_generated_from_its_outline()
    {
        var cut = RenderNote("llm-basics");

        var mindmap = cut.Find("details.mindmap-panel [data-testid=generated-mindmap] pre.mermaid");
        Assert.StartsWith("mindmap", mindmap.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagrams_are_drawn_by_the_rich_content_module_once_per_block_of_content()
    {
        var cut = RenderNote("llm-basics");

        cut.WaitForAssertion(() => _module.VerifyInvoke("enhance", calledTimes: 2));
        // The container, and the prefix of note ids that #fragments leave out.
        Assert.All(_module.Invocations["enhance"], call => Assert.Equal(ContentIds.Prefix, call.Arguments[1]));
    }

    [Fact]
    public void An_image_beside_the_note_is_shown_and_a_missing_one_is_a_labelled_placeholder()
    {
        var cut = RenderNote("pics");

        var image = cut.Find("[data-testid=note-body] img");
        Assert.Equal("content-files/img/diagram.png", image.GetAttribute("src"));
        Assert.Equal("diagram", image.GetAttribute("alt"));
        Assert.Single(cut.FindAll("[data-testid=note-body] img"));
        cut.Find("[data-testid=note-body] span.img-missing").MarkupMatches(
            """<span class="img-missing" role="img" aria-label="gone">gone</span>""");
    }

    [Fact]
    public void An_image_dropped_beside_the_note_later_shows_without_a_re_import()
    {
        RenderNote("pics");
        File.WriteAllBytes(Path.Combine(_harness!.Content.Path, "img", "missing.png"), TinyPng.Bytes);

        var cut = RenderNote("pics");

        Assert.Equal(2, cut.FindAll("[data-testid=note-body] img").Count);
    }

    [Fact]
    public void Script_event_handlers_and_javascript_links_in_a_note_do_not_reach_the_page()
    {
        var cut = RenderNote("hostile");

        var body = cut.Find("[data-testid=note-body]");
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Empty(body.QuerySelectorAll("[onerror]"));
        Assert.DoesNotContain("onerror=", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(2)", body.TextContent, StringComparison.Ordinal);
        Assert.Contains(body.QuerySelectorAll("a, span"), e => e.TextContent == "x");
    }

    private IRenderedComponent<NotePage> RenderNote(string slug)
    {
        var cut = Render<NotePage>(p => p.Add(c => c.Slug, slug));
        // The page loads the note from SQLite first; on a busy machine that takes longer than bUnit's one-second default.
        cut.WaitForElement("[data-testid=note-body]", TimeSpan.FromSeconds(15));
        return cut;
    }
}
