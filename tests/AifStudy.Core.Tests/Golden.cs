using AifStudy.Tests.Shared;

namespace AifStudy.Core.Tests;

/// <summary>Compares output with a reviewed file under Golden/.</summary>
internal static class Golden
{
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "AifStudy.Core.Tests", "Golden");

    /// <summary>
    /// Asserts <paramref name="actual"/> equals the golden file. Set AIFSTUDY_UPDATE_GOLDEN=1 to rewrite goldens,
    /// then review the diff like any other change.
    /// </summary>
    public static void AssertMatches(string actual, params string[] path) => AssertMatchesFile(actual, Path.Combine([Folder, .. path]));

    /// <summary>As <see cref="AssertMatches"/>, for a golden file kept next to its tests rather than under Golden/.</summary>
    public static void AssertMatchesFile(string actual, string goldenPath)
    {
        if (Environment.GetEnvironmentVariable("AIFSTUDY_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), "missing golden file " + goldenPath);
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
    }
}
