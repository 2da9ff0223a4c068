using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A throw-away copy of the repository's content folder that a test may change freely.</summary>
internal sealed class TempContentFolder : IDisposable
{
    private TempContentFolder(string path) => Path = path;

    public string Path { get; }

    public static TempContentFolder Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aifstudy-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempContentFolder(path);
    }

    public static TempContentFolder CopyOfRepoContent()
    {
        var folder = Empty();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = folder.FullPath(System.IO.Path.GetRelativePath(TestPaths.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public string FullPath(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Write(string relativePath, byte[] bytes)
    {
        var target = FullPath(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
    }

    public void Write(string relativePath, string text) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public void Append(string relativePath, string text) => File.AppendAllText(FullPath(relativePath), text);

    public void Delete(string relativePath) => File.Delete(FullPath(relativePath));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
