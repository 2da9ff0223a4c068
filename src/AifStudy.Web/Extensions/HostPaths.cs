using Microsoft.Data.Sqlite;

namespace AifStudy.Web.Extensions;

/// <summary>Turns the relative paths of configuration into absolute ones under the content root.</summary>
internal static class HostPaths
{
    private const string SolutionFileName = "AifStudy.sln";

    /// <summary>
    /// The configured content folder as an absolute path. When none is configured, the <c>content/</c>
    /// folder of the repository, so that <c>dotnet run --project src/AifStudy.Web</c> works from a clone.
    /// </summary>
    public static string ResolveContentPath(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }

        return Path.Combine(contentRoot, "content");
    }

    /// <summary>
    /// Makes a relative SQLite file name absolute under the content root and creates its folder
    /// (SQLite creates the file, not the folder). In-memory databases are left alone.
    /// </summary>
    public static string ResolveSqliteConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource)
            || builder.Mode == SqliteOpenMode.Memory
            || dataSource == ":memory:"
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var fullPath = Path.GetFullPath(dataSource, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        builder.DataSource = fullPath;
        return builder.ToString();
    }
}
