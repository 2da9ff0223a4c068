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
        Assert.Matches("<code[^>]*>pics\\.md</code>", html); // the page's scoped CSS adds an attribute to its elements
    }

    [Theory]
    [InlineData("/review?domain=abc", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not 'abc'.", "review")]
    [InlineData("/review?domain=2147483648", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '2147483648'.", "review")]
    [InlineData("/review?domain=9", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '9'.", "review")]
    [InlineData("/review?section=rag", HttpStatusCode.BadRequest, "'section' needs 'note': a section anchor is only unique within its note.", "review")]
    [InlineData("/review?note=no-such-note", HttpStatusCode.NotFound, "There is no note 'no-such-note'.", "review")]
    [InlineData("/cards?domain=abc", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not 'abc'.", "cards")]
    [InlineData("/cards?domain=2147483648", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '2147483648'.", "cards")]
    [InlineData("/cards?note=no-such-note", HttpStatusCode.NotFound, "There is no note 'no-such-note'.", "cards")]
    [InlineData("/cards?note=llm-basics&section=no-such-section", HttpStatusCode.NotFound, "There is no section 'no-such-section' in note 'llm-basics'.", "cards")]
    [InlineData("/quiz?domain=abc", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not 'abc'.", "quiz")]
    [InlineData("/quiz?domain=2147483648", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '2147483648'.", "quiz")]
    [InlineData("/quiz?domain=0", HttpStatusCode.BadRequest, "'domain' must be a whole number from 1 to 5, not '0'.", "quiz")]
    [InlineData("/quiz?note=no-such-note", HttpStatusCode.NotFound, "There is no note 'no-such-note'.", "quiz")]
    public async Task A_scope_in_the_address_that_cannot_be_used_is_named_on_the_page_with_a_link_to_the_unscoped_page(
        string path, HttpStatusCode status, string message, string unscoped)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var notice = ScopeProblem().Match(html);
        Assert.True(notice.Success, $"no scope problem on {path}");
        Assert.Contains(message, notice.Value, StringComparison.Ordinal);
        Assert.Contains($"href=\"{unscoped}\"", notice.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/review?domain=1")]
    [InlineData("/review?domain=")]
    [InlineData("/cards?note=llm-basics")]
    [InlineData("/quiz?domain=2")]
    public async Task A_scope_that_can_be_used_shows_no_problem(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotMatch(ScopeProblem(), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/quiz/987654", "This quiz does not exist.")]
    [InlineData("/quiz/exam/987654", "This exam does not exist.")]
    public async Task An_unknown_quiz_attempt_is_not_found_and_says_so(string path, string message)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<List<NoteSummary>> AllNotesAsync()
    {
        var domains = await portal.Host.Services.GetRequiredService<NoteCatalog>().GetDomainsAsync();
        return [.. domains.SelectMany(d => d.Notes)];
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<div[^>]+data-testid=\"scope-problem\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ScopeProblem();
}
