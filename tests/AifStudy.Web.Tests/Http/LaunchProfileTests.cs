using System.Text.Json;
using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Http;

/// <summary>
/// `dotnet run` (the README's command) takes the first profile of launchSettings.json: it must start the portal as
/// Production, with its error pages and headers, not the developer exception page. Development is there by name.
/// </summary>
public sealed class LaunchProfileTests
{
    [Fact]
    public void The_profile_dotnet_run_takes_is_Production_and_Development_is_chosen_by_name()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.WebProject, "Properties", "launchSettings.json")));
        var profiles = json.RootElement.GetProperty("profiles").EnumerateObject().ToList();

        Assert.Equal("Production", Environment(profiles[0].Value));
        Assert.Equal("Development", Environment(json.RootElement.GetProperty("profiles").GetProperty("Development")));
        Assert.All(profiles.Where(p => p.Name != "Development"), p => Assert.Equal("Production", Environment(p.Value)));
    }

    private static string? Environment(JsonElement profile) =>
        profile.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString();
}
