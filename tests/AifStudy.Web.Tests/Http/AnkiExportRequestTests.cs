using System.Net;
using System.Net.Http.Json;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Http;

public sealed class AnkiExportRequestTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_note_exports_as_an_Anki_tsv_with_headers_one_row_per_card_and_tags()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/export/anki?note=foundation-model-basics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/tab-separated-values", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("aifstudy-foundation-model-basics.txt", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'#', bytes[0]);
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck:AifStudy::foundation-model-basics\n#tags column:5\n", text, StringComparison.Ordinal);

        var expected = CardGenerator.Generate(
            new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, "foundation-model-basics.md"))), "foundation-model-basics");
        var rowsWithTags = text.Split('\n').Count(line => line.EndsWith("\taif::domain-2 note::foundation-model-basics", StringComparison.Ordinal));
        Assert.Equal(expected.Count, rowsWithTags);
        // Each row's GUID is its card's key: the same in every export, so Anki updates instead of duplicating.
        var guids = text.Split('\n').Where(l => l.StartsWith("aifstudy-", StringComparison.Ordinal)).Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(expected.Select(c => "aifstudy-" + c.Key).Order(StringComparer.Ordinal), guids.Order(StringComparer.Ordinal));
        Assert.Equal(text, await client.GetStringAsync(new Uri("/export/anki?note=foundation-model-basics", UriKind.Relative)));
    }

    [Fact]
    public async Task A_domain_exports_as_its_own_deck()
    {
        using var client = portal.CreateClient();

        var text = await client.GetStringAsync(new Uri("/export/anki?domain=1", UriKind.Relative));

        Assert.Contains("#deck:AifStudy::Domain 1: Fundamentals of AI and ML\n", text, StringComparison.Ordinal);
        Assert.Contains("note::llm-basics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("note::foundation-model-basics", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_exports_only_its_own_cards()
    {
        await using var db = await portal.Host.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
        var sections = await db.Cards.Where(c => c.NoteSlug == "llm-basics" && c.RetiredAt == null)
            .GroupBy(c => c.SectionAnchor).Select(g => new { Anchor = g.Key, Count = g.Count() }).ToListAsync();
        var section = sections.OrderByDescending(s => s.Count).First();
        using var client = portal.CreateClient();

        var text = await client.GetStringAsync(new Uri($"/export/anki?note=llm-basics&section={Uri.EscapeDataString(section.Anchor)}", UriKind.Relative));

        Assert.True(sections.Count > 1);
        Assert.Equal(section.Count, text.Split('\n').Count(line => line.EndsWith(" note::llm-basics", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("?note=no-such-note", HttpStatusCode.NotFound, "There is no note 'no-such-note'.")]
    [InlineData("?note=llm-basics&section=no-such-section", HttpStatusCode.NotFound, "There is no section 'no-such-section' in note 'llm-basics'.")]
    [InlineData("?domain=0", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '0'.")]
    [InlineData("?domain=6", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '6'.")]
    [InlineData("?domain=abc", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not 'abc'.")]
    [InlineData("?section=rag", HttpStatusCode.BadRequest, "'section' needs 'note': a section anchor is only unique within its note.")]
    public async Task A_scope_that_cannot_exist_gets_a_problem_instead_of_an_empty_deck(string query, HttpStatusCode status, string detail)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/export/anki" + query, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
    }
}

public sealed class AnkiExportCardTests
{
    [Fact]
    public void A_cloze_card_goes_to_Anki_as_a_Cloze_note_with_its_term_as_the_deletion()
    {
        var card = AifStudy.Web.Services.Flashcards.AnkiExport.ToAnki("0123456789abcdef", AifStudy.Core.Flashcards.CardKind.Cloze,
            "<p>［……］是一种把文本切成 token 的组件。</p>", "<p><strong>分词器</strong>是一种把文本切成 token 的组件。</p>",
            "分词器是一种把文本切成 token 的组件。|分词器", 2, "llm-basics");

        Assert.Equal(("aifstudy-0123456789abcdef", true, "<p>{{c1::分词器}}是一种把文本切成 token 的组件。</p>", ""), (card.AnkiGuid, card.IsCloze, card.FrontHtml, card.BackHtml));
    }

    [Fact]
    public void A_term_card_stays_a_Basic_note()
    {
        var card = AifStudy.Web.Services.Flashcards.AnkiExport.ToAnki("fedcba9876543210", AifStudy.Core.Flashcards.CardKind.TermDefinition,
            "<p>“分词器”指什么？</p>", "<p>把文本切成 token 的组件</p>", "分词器", 2, "llm-basics");

        Assert.Equal(("aifstudy-fedcba9876543210", false, "<p>“分词器”指什么？</p>"), (card.AnkiGuid, card.IsCloze, card.FrontHtml));
    }
}
