using System.Text.Json;
using System.Text.RegularExpressions;
using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Assets;

public sealed partial class MermaidLibraryTests
{
    /// <summary>The module RichContent.razor.js imports; it pulls in the rest (chunks) by relative imports.</summary>
    private const string MermaidEntry = "dist/mermaid.esm.min.mjs";

    private static readonly Library Mermaid = ReadManifest();

    [Fact]
    public void Committed_mermaid_files_are_exactly_the_ones_libman_json_lists()
    {
        var committed = Directory.EnumerateFiles(Mermaid.Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Mermaid.Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Mermaid.Files.Order(StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Every_module_the_mermaid_entry_point_can_import_is_committed()
    {
        var listed = Mermaid.Files.ToHashSet(StringComparer.Ordinal);
        var pending = new Queue<string>([MermaidEntry]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var file))
        {
            Assert.True(listed.Contains(file), $"{file} is imported but not committed");
            if (!seen.Add(file))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
            foreach (Match import in ModuleImport().Matches(File.ReadAllText(Path.Combine(Mermaid.Folder, file))))
            {
                pending.Enqueue(Normalize(folder + "/" + import.Groups["path"].Value));
            }
        }

        Assert.True(seen.Count > 50, $"only {seen.Count} modules reached: is the import pattern still right?");
    }

    [Fact]
    public void Committed_mermaid_is_the_version_libman_json_names()
    {
        var versions = Mermaid.Files.Where(f => f.EndsWith(".mjs", StringComparison.Ordinal))
            .Select(f => MermaidVersion().Match(File.ReadAllText(Path.Combine(Mermaid.Folder, f))))
            .Where(m => m.Success)
            .Select(m => m.Groups["v"].Value)
            .Distinct();

        Assert.Equal([Mermaid.Version], versions);
    }

    [Fact]
    public void The_note_script_imports_the_committed_entry_point()
    {
        var script = File.ReadAllText(Path.Combine(TestPaths.WebProject, "Components", "Shared", "RichContent.razor.js"));

        Assert.Contains($"'lib/mermaid/{MermaidEntry}'", script, StringComparison.Ordinal);
    }

    private static Library ReadManifest()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.WebProject, "libman.json")));
        var library = manifest.RootElement.GetProperty("libraries").EnumerateArray()
            .Single(l => l.GetProperty("library").GetString()!.StartsWith("mermaid@", StringComparison.Ordinal));
        return new Library(
            library.GetProperty("library").GetString()!["mermaid@".Length..],
            Path.Combine(TestPaths.WebProject, library.GetProperty("destination").GetString()!),
            [.. library.GetProperty("files").EnumerateArray().Select(f => f.GetString()!)]);
    }

    // "dist/chunks/x/../y.mjs" → "dist/chunks/y.mjs"; the bundles import with "./" and, between chunk folders, "../".
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private sealed record Library(string Version, string Folder, IReadOnlyList<string> Files);

    // Static (from"./a.mjs", import"./a.mjs") and dynamic (import("./a.mjs")) imports of the minified bundles.
    [GeneratedRegex("""(?:\bfrom|\bimport)\s*\(?\s*"(?<path>\.{1,2}/[^"]+\.mjs)"\s*\)?""")]
    private static partial Regex ModuleImport();

    [GeneratedRegex("""\{version:"(?<v>[^"]+)"\},\w+=\w+\(\(\)=>\w+\.version,"getVersion"\)""")]
    private static partial Regex MermaidVersion();
}
