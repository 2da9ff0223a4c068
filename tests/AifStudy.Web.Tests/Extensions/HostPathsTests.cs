using AifStudy.Tests.Shared;
using AifStudy.Web.Extensions;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Extensions;

public sealed class HostPathsTests
{
    [Fact]
    public void Without_a_configured_path_the_content_folder_is_the_one_beside_the_solution()
    {
        Assert.Equal(TestPaths.Content, HostPaths.ResolveContentPath("", TestPaths.WebProject));
    }

    [Fact]
    public void A_relative_content_path_is_taken_from_the_content_root()
    {
        Assert.Equal(Path.Combine(TestPaths.WebProject, "notes"), HostPaths.ResolveContentPath("notes", TestPaths.WebProject));
    }

    [Fact]
    public void A_relative_database_file_lands_under_the_content_root_in_a_folder_that_now_exists()
    {
        using var root = TempContentFolder.Empty();

        var resolved = HostPaths.ResolveSqliteConnectionString("Data Source=App_Data/study.db", root.Path);

        Assert.Equal($"Data Source={Path.Combine(root.Path, "App_Data", "study.db")}", resolved);
        Assert.True(Directory.Exists(Path.Combine(root.Path, "App_Data")));
    }

    [Fact]
    public void An_in_memory_database_is_left_alone()
    {
        Assert.Equal("Data Source=:memory:", HostPaths.ResolveSqliteConnectionString("Data Source=:memory:", "/nowhere"));
    }
}
