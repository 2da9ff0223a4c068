namespace AifStudy.Core.Tests;

/// <summary>Finds the repository root (the folder holding AifStudy.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content(string fileName) => Path.Combine(Root, "content", fileName);

    public static string Golden(params string[] parts) =>
        Path.Combine([Root, "tests", "AifStudy.Core.Tests", "Golden", .. parts]);

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
