using System.Net;
using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Http;

/// <summary>
/// Only the hosts the portal is configured for are answered, so that a web page the user visits cannot reach the
/// portal through a name it controls (DNS rebinding).
/// </summary>
public sealed class HostFilteringTests(PortalFixture portal) : IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task The_local_names_are_answered(string host)
    {
        using var client = portal.CreateClient();
        using var response = await GetAsync(client, host);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("localhost.attacker.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_foreign_host_is_refused_with_the_security_headers(string host)
    {
        using var client = portal.CreateClient();
        using var response = await GetAsync(client, host);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("AifStudy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_deployment_names_its_own_hosts_in_AllowedHosts()
    {
        await using var host = PortalHost.Start(settings: new Dictionary<string, string> { ["AllowedHosts"] = "study.example.org" });
        using var client = host.CreateClient();

        using var allowed = await GetAsync(client, "study.example.org");
        using var local = await GetAsync(client, "localhost");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, local.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}
