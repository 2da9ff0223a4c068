namespace AifStudy.Tests.Shared;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The real notes. Tests read them, and copy them before changing anything.</summary>
    public static string Content => Path.Combine(RepositoryRoot, "content");

    public static string WebProject => Path.Combine(RepositoryRoot, "src", "AifStudy.Web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AifStudy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AifStudy.sln not found above " + AppContext.BaseDirectory);
    }
}
