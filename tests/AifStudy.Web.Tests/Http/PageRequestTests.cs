using System.Net;
using System.Text.RegularExpressions;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Http;

public sealed partial class PageRequestTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task The_home_page_lists_every_note_by_title()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var notes = await AllNotesAsync();
        // The notes in content/ and the fixture's two picture notes.
        Assert.Equal(Directory.GetFiles(TestPaths.Content, "*.md", SearchOption.AllDirectories).Length + 2, notes.Count);
        Assert.All(notes, note => Assert.Contains(note.Title, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_note_page_is_served_with_the_note_title_as_page_title()
    {
        using var client = portal.CreateClient();

        foreach (var note in await AllNotesAsync())
        {
            using var response = await client.GetAsync(new Uri($"/notes/{note.Slug}", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var title = TitleElement().Match(await response.Content.ReadAsStringAsync());
            Assert.True(title.Success, $"no <title> on /notes/{note.Slug}");
            Assert.Equal($"{note.Title} · AifStudy", WebUtility.HtmlDecode(title.Groups[1].Value));
        }
    }

    [Fact]
    public async Task An_unknown_note_is_not_found_and_says_so()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/notes/no-such-note", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Not found · AifStudy</title>", html, StringComparison.Ordinal);
        Assert.Contains("There is no note or page at this address", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_import_status_page_shows_the_start_up_import()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/import", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<title>Import status · AifStudy</title>", html, StringComparison.Ordinal);
        Assert.Contains("<code>pics.md</code>", html, StringComparison.Ordinal);
    }

    private async Task<List<NoteSummary>> AllNotesAsync()
    {
        var domains = await portal.Host.Services.GetRequiredService<NoteCatalog>().GetDomainsAsync();
        return [.. domains.SelectMany(d => d.Notes)];
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();
}
