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
            || !IsServable(full) || !File.Exists(full))
        {
            return null;
        }

        var segments = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString);
        return RequestPath.TrimStart('/') + "/" + string.Join('/', segments);
    }
}
