using System.Net;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Tests.Shared;

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
}
