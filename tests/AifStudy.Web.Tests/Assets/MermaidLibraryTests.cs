using System.Text.Json;
using System.Text.RegularExpressions;
using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Assets;

public sealed partial class MermaidLibraryTests
{
    private static readonly string WebProject = Path.Combine(TestPaths.RepositoryRoot, "src", "AifStudy.Web");

    [Fact]
    public void Committed_mermaid_file_is_the_version_libman_json_names()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebProject, "libman.json")));
        var library = manifest.RootElement.GetProperty("libraries").EnumerateArray()
            .Single(l => l.GetProperty("library").GetString()!.StartsWith("mermaid@", StringComparison.Ordinal));
        var manifestVersion = library.GetProperty("library").GetString()!["mermaid@".Length..];
        var destination = library.GetProperty("destination").GetString()!;
        var file = library.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Single(f => f.EndsWith("mermaid.min.js", StringComparison.Ordinal));

        var path = Path.Combine(WebProject, destination, file);
        Assert.True(File.Exists(path), $"{path} is not committed");
        var match = MermaidVersion().Match(File.ReadAllText(path));

        Assert.True(match.Success, "no version marker found in the committed mermaid.min.js");
        Assert.Equal(manifestVersion, match.Groups["v"].Value);
    }

    [GeneratedRegex("""\{version:"(?<v>[^"]+)"\},\w+=\w+\(\(\)=>\w+\.version,"getVersion"\)""")]
    private static partial Regex MermaidVersion();
}
