using System.Net;
using System.Text.RegularExpressions;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Http;

public sealed partial class ContentFileRequestTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_image_beside_a_note_is_shown_on_its_page_and_served()
    {
        using var client = portal.CreateClient();

        var page = await client.GetStringAsync(new Uri("/notes/pics", UriKind.Relative));
        var image = ImageElement().Match(page);
        Assert.True(image.Success, "no <img> on the page");
        Assert.Equal("content-files/img/diagram.png", image.Groups["src"].Value);

        using var response = await client.GetAsync(new Uri("/" + image.Groups["src"].Value, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TinyPng.Bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_missing_image_is_a_labelled_placeholder_not_an_image()
    {
        using var client = portal.CreateClient();

        var page = await client.GetStringAsync(new Uri("/notes/pics", UriKind.Relative));

        Assert.Contains("""<span class="img-missing" role="img" aria-label="gone">gone</span>""", page, StringComparison.Ordinal);
        Assert.DoesNotContain("missing.png", page, StringComparison.Ordinal);
        Assert.Single(ImageElement().Matches(page));
    }

    [Fact]
    public async Task Images_whose_path_leaves_the_content_folder_are_placeholders_not_links()
    {
        using var client = portal.CreateClient();

        var page = await client.GetStringAsync(new Uri("/notes/pics", UriKind.Relative));

        foreach (var alt in PortalFixture.EscapingImages)
        {
            Assert.Contains($"""<span class="img-missing" role="img" aria-label="{alt}">{alt}</span>""", page, StringComparison.Ordinal);
        }

        Assert.Equal(["content-files/img/diagram.png"], ImageElement().Matches(page).Select(m => m.Groups["src"].Value));
        Assert.DoesNotContain("passwd", page, StringComparison.Ordinal);
        Assert.DoesNotContain("outside.png", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/content-files/../outside.png")]
    [InlineData("/content-files/%2e%2e/outside.png")]
    [InlineData("/content-files/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/content-files//etc/passwd")]
    [InlineData("/content-files/%2Fetc%2Fpasswd")]
    [InlineData("/content-files/%2Ftmp%2Foutside.png")]
    [InlineData("/content-files/img%5C..%5C..%5Coutside.png")]
    [InlineData("/content-files/C:%5CWindows%5Cwin.ini")]
    [InlineData("/content-files/pics.md")]
    [InlineData("/content-files/llm-basics.md")]
    [InlineData("/content-files/img/missing.png")]
    [InlineData("/content-files/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/content-files/..%2Fstudy.db")]
    [InlineData("/content-files/..%2Foutside.png")]
    [InlineData("/content-files/%2E%2E%2Foutside.png")]
    [InlineData("/content-files/img/..%2F..%2Foutside.png")]
    [InlineData("/content-files/..%5Coutside.png")]
    public async Task Notes_missing_files_and_files_outside_the_content_folder_are_not_served(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("image/png", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/content-files/links/inside.png")]
    [InlineData("/content-files/links/chain.png")]
    [InlineData("/content-files/links/img-folder/diagram.png")]
    public async Task A_symbolic_link_to_an_image_inside_the_content_folder_serves_the_whole_image(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TinyPng.Bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(TinyPng.Bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/content-files/links/passwd.png")]
    [InlineData("/content-files/links/database.png")]
    [InlineData("/content-files/links/chain-out.png")]
    [InlineData("/content-files/links/up/outside.png")]
    [InlineData("/content-files/links/loop.png")]
    [InlineData("/content-files/links/folder.png")]
    public async Task A_symbolic_link_that_leads_out_of_the_content_folder_or_nowhere_is_not_followed(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_note_shows_images_linked_inside_the_content_folder_and_placeholders_for_links_out_of_it()
    {
        using var client = portal.CreateClient();

        var page = await client.GetStringAsync(new Uri("/notes/links", UriKind.Relative));

        Assert.Equal(
            ["content-files/links/inside.png", "content-files/links/chain.png", "content-files/links/img-folder/diagram.png"],
            ImageElement().Matches(page).Select(m => m.Groups["src"].Value));
        foreach (var alt in PortalFixture.RefusedLinks)
        {
            Assert.Contains($"""<span class="img-missing" role="img" aria-label="{alt}">{alt}</span>""", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_image_the_traversal_cases_aim_at_exists_outside_the_content_folder()
    {
        // The cases above must fail because of where the file is, not because it is absent.
        Assert.True(File.Exists(Path.Combine(portal.Host.ContentDir, "..", PortalFixture.OutsideImage)));
    }

    [GeneratedRegex("""<img src="(?<src>[^"]*)" """)]
    private static partial Regex ImageElement();
}
