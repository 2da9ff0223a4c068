using AifStudy.Web.Components.Pages;
using AifStudy.Web.Tests.TestSupport;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages;

public sealed class HomeTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_five_domains_are_listed_in_exam_order_with_their_notes()
    {
        var cut = RenderHome();

        var groups = cut.FindAll("section.domain-group")
            .Select(g => (
                Heading: g.QuerySelector("h2 .badge.domain")!.TextContent,
                Notes: g.QuerySelectorAll("a.note-card")
                    .Select(card => $"{card.QuerySelector(".title")!.TextContent} | {string.Join(",", card.QuerySelectorAll(".badge.lang").Select(b => b.TextContent))} | {card.QuerySelector(".meta > span:not(.badge)")!.TextContent}")
                    .ToList()))
            .ToList();

        Assert.Equal(["Domain 1", "Domain 2", "Domain 3", "Domain 4", "Domain 5"], groups.Select(g => g.Heading));
        Assert.Equal(["大语言模型基础笔记 | zh-Hans | 20 sections"], groups[0].Notes);
        Assert.Equal(
            [
                "AWS AIF-C01 llm基礎篇 | zh-Hant,en | 22 sections",
                "基础模型的基础知识 | zh-Hans | 10 sections",
                "领域 2：生成式 AI 的基础知识 | zh-Hans | 20 sections",
            ],
            groups[1].Notes);
        Assert.Equal(["领域 3：基础模型的应用 | zh-Hans | 18 sections"], groups[2].Notes);
        Assert.Empty(groups[3].Notes);
        Assert.Empty(groups[4].Notes);
    }

    [Fact]
    public void A_note_card_links_to_its_page()
    {
        var cut = RenderHome();

        var card = cut.FindAll("a.note-card").Single(a => a.QuerySelector(".title")!.TextContent == "基础模型的基础知识");
        Assert.Equal("notes/foundation-model-basics", card.GetAttribute("href"));
        Assert.Equal("5 notes, grouped by exam domain.", cut.Find(".hero p").TextContent);
    }

    [Fact]
    public void Domains_without_notes_say_how_to_add_one()
    {
        var cut = RenderHome();

        var placeholders = cut.FindAll("section.domain-group")
            .Where(g => g.QuerySelector("p.empty-domain") is not null)
            .Select(g => (g.GetAttribute("aria-labelledby"), g.QuerySelector("p.empty-domain")!.TextContent))
            .ToList();
        Assert.Equal(
            [
                ("domain-4", "No notes for this domain yet. Add a note with domain: 4 in its front matter."),
                ("domain-5", "No notes for this domain yet. Add a note with domain: 5 in its front matter."),
            ],
            placeholders);
    }

    private IRenderedComponent<Home> RenderHome()
    {
        var cut = Render<Home>();
        cut.WaitForElement("section.domain-group");
        return cut;
    }
}
