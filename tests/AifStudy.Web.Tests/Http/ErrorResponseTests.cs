using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace AifStudy.Web.Tests.Http;

/// <summary>The portal as a user starts it (Production): API errors are JSON problem bodies, pages are pages, and every error carries the security headers.</summary>
public sealed class ErrorResponseTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("POST", "/api/review/1", """{"rating":""")]
    [InlineData("POST", "/api/review/1", "not json at all")]
    [InlineData("POST", "/api/quiz", """{"mode":""")]
    public async Task A_body_the_API_cannot_read_is_a_400_problem_body_not_a_page(string method, string path, string body)
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertProblemAsync(response, 400);
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task An_unknown_API_path_is_a_404_problem_body()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task An_unknown_page_is_the_portals_not_found_page_with_the_security_headers()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page/at-all", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_stack_trace_is_never_shown()
    {
        using var client = portal.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/review/1", UriKind.Relative))
        {
            Content = new StringContent("""{"rating": "Good", "version": "x"}""", Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("title").GetString()));
    }
}
