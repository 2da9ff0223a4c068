namespace AifStudy.Web.Tests.TestSupport;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real notes. Tests read them, and copy them before changing anything.</summary>
    public static string Content => Path.Combine(Root, "content");

    public static string WebProject => Path.Combine(Root, "src", "AifStudy.Web");

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
