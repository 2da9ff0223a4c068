using AifStudy.Web.Services;

namespace AifStudy.Web.Tests.Services;

public sealed class RealPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("aifstudy-realpath-").FullName;

    [Fact]
    public void A_path_without_links_is_its_own_real_path()
    {
        var file = Write("a/b.png");

        Assert.Equal(file, RealPath.Resolve(file));
    }

    [Fact]
    public void Links_to_links_and_folder_links_are_followed_to_the_file()
    {
        var file = Write("real/pic.png");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "folder"), "real");
        File.CreateSymbolicLink(Path.Combine(_dir, "first.png"), "folder/pic.png");
        File.CreateSymbolicLink(Path.Combine(_dir, "second.png"), Path.Combine(_dir, "first.png"));

        Assert.Equal(file, RealPath.Resolve(Path.Combine(_dir, "second.png")));
    }

    [Fact]
    public void Dot_dot_after_a_folder_link_goes_up_from_the_links_target_as_the_kernel_does()
    {
        var file = Write("deep/inner/x.png");
        Write("x.png");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "short"), "deep/inner");

        // Read by name, "short/../x.png" would be the x.png at the top; the kernel reads deep/x.png, which does not exist.
        Assert.Null(RealPath.Resolve(_dir + "/short/../x.png"));
        Write("deep/x.png");
        Assert.Equal(Path.Combine(_dir, "deep", "x.png"), RealPath.Resolve(_dir + "/short/../x.png"));
        Assert.Equal(file, RealPath.Resolve(_dir + "/short/x.png"));
    }

    [Fact]
    public void A_loop_or_a_link_to_nothing_has_no_real_path()
    {
        File.CreateSymbolicLink(Path.Combine(_dir, "loop.png"), "loop.png");
        File.CreateSymbolicLink(Path.Combine(_dir, "gone.png"), "missing.png");

        Assert.Null(RealPath.Resolve(Path.Combine(_dir, "loop.png")));
        Assert.Null(RealPath.Resolve(Path.Combine(_dir, "gone.png")));
    }

    [Theory]
    [InlineData("/srv/content", "/srv/content/a.png", true)]
    [InlineData("/srv/content/", "/srv/content/a/b.png", true)]
    [InlineData("/srv/content", "/srv/content", true)]
    [InlineData("/srv/content", "/srv/content-other/a.png", false)]
    [InlineData("/srv/content", "/etc/passwd", false)]
    public void Inside_compares_whole_folder_names(string folder, string path, bool inside) =>
        Assert.Equal(inside, RealPath.IsInside(folder, path));

    private string Write(string relative)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1, 2, 3]);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
