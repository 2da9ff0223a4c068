using System.Net;
using System.Text.RegularExpressions;

namespace AifStudy.Web.Tests.Http;

public sealed partial class SecurityHeaderTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/notes/llm-basics")]
    [InlineData("/app.css")]
    [InlineData("/content-files/img/diagram.png")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = Directives(Header(response, "Content-Security-Policy"));
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Matches("^'self' 'nonce-[0-9a-f]{32}' *$", policy["script-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.DoesNotContain(policy.Values, v => v.Contains("unsafe-eval", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", policy["script-src"], StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_only_inline_script_on_a_page_is_the_import_map_and_it_carries_this_responses_nonce()
    {
        using var client = portal.CreateClient();

        using var first = await client.GetAsync(new Uri("/notes/llm-basics", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/notes/llm-basics", UriKind.Relative));

        var html = await first.Content.ReadAsStringAsync();
        var nonce = Nonce().Match(Header(first, "Content-Security-Policy")).Groups[1].Value;
        var inline = InlineScript().Matches(html);
        var script = Assert.Single(inline);
        Assert.Contains("type=\"importmap\"", script.Value, StringComparison.Ordinal);
        Assert.Contains($"nonce=\"{nonce}\"", script.Value, StringComparison.Ordinal);
        Assert.NotEqual(nonce, Nonce().Match(Header(second, "Content-Security-Policy")).Groups[1].Value);
    }

    [Fact]
    public async Task Health_is_200_when_the_database_answers()
    {
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy\n", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"no {name} header");

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "", StringComparer.Ordinal);

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    // Script elements without a src attribute.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>")]
    private static partial Regex InlineScript();
}
