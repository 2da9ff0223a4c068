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
        Assert.StartsWith("#separator:tab\n#html:true\n#notetype:Basic\n#deck:AifStudy::foundation-model-basics\n#tags column:3\n", text, StringComparison.Ordinal);

        var expected = CardGenerator.Generate(
            new NoteParser().Parse(File.ReadAllText(Path.Combine(TestPaths.Content, "foundation-model-basics.md"))), "foundation-model-basics");
        var rowsWithTags = text.Split('\n').Count(line => line.EndsWith("\taif::domain-2 note::foundation-model-basics", StringComparison.Ordinal));
        Assert.Equal(expected.Count, rowsWithTags);
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
