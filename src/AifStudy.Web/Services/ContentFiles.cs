using Microsoft.Extensions.Options;

namespace AifStudy.Web.Services;

/// <summary>
/// Files that live beside the notes in the content folder (images), served under <see cref="RequestPath"/>.
/// Nothing outside the content folder is ever resolved.
/// </summary>
public sealed class ContentFiles(IOptions<ContentOptions> options)
{
    public const string RequestPath = "/content-files";

    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp",
    };

    public static bool IsServable(string path) => ImageExtensions.Contains(Path.GetExtension(path));

    /// <summary>
    /// Whether the file at <paramref name="fullPath"/> (inside the content folder by name) may be served: only a regular
    /// file whose real path, every symbolic link followed, is inside the content folder's real path. A link to a file
    /// elsewhere (<c>/etc/passwd</c>, the database) is refused, as is a link to a folder or a link loop.
    /// </summary>
    public ServableFile Servable(string fullPath)
    {
        if (!IsServable(fullPath))
        {
            return new ServableFile(null, "not an image type");
        }

        var real = RealPath.Resolve(fullPath);
        if (real is null)
        {
            return new ServableFile(null, File.Exists(fullPath) || new FileInfo(fullPath).LinkTarget is not null
                ? "a symbolic link that leads nowhere or loops"
                : null);
        }

        var root = RealPath.Resolve(options.Value.Path);
        if (root is null || !RealPath.IsInside(root, real))
        {
            return new ServableFile(null, $"its real path {real} is outside the content folder");
        }

        var file = new FileInfo(real);
        if (!file.Exists || (file.Attributes & FileAttributes.Directory) != 0)
        {
            return new ServableFile(null, Directory.Exists(real) ? "its real path is a folder" : null);
        }

        return new ServableFile(file, null);
    }

    /// <summary>
    /// The URL to serve for an image written as <paramref name="url"/> in the note at <paramref name="notePath"/>
    /// (relative to the content folder), or null when the image does not exist there.
    /// </summary>
    public string? ResolveImage(string notePath, string url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return url;
        }

        if (url.Contains(':', StringComparison.Ordinal) || url.StartsWith('/'))
        {
            return null;
        }

        var root = Path.GetFullPath(options.Value.Path);
        var noteDir = Path.GetDirectoryName(Path.Combine(root, notePath)) ?? root;
        var relativeUrl = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var full = Path.GetFullPath(Path.Combine(noteDir, relativeUrl));
        if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || !IsServable(full))
        {
            return null;
        }

        if (Servable(full).File is null)
        {
            return null;
        }

        var segments = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
        return RequestPath.TrimStart('/') + "/" + string.Join('/', segments);
    }
}
