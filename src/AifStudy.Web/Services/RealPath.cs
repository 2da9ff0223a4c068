namespace AifStudy.Web.Services;

/// <summary>
/// The canonical path of a file: every symbolic link on the way followed, as <c>realpath(3)</c> does. A file served
/// from the content folder is judged by where it really is, not by the name the link gives it.
/// </summary>
public static class RealPath
{
    // Linux's own limit on links followed while resolving one path (MAXSYMLINKS).
    private const int MaxLinks = 40;

    /// <summary>
    /// <paramref name="path"/> with every link followed and <c>.</c>/<c>..</c> applied after each link is resolved
    /// (so <c>link/..</c> is the parent of the link's target, as the kernel sees it); null when a part does not exist
    /// or the links loop.
    /// </summary>
    public static string? Resolve(string path)
    {
        // Not GetFullPath on a rooted path: it would apply ".." by name, before the links are followed.
        var full = Path.IsPathFullyQualified(path) ? path : Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? Path.DirectorySeparatorChar.ToString();
        var pending = new LinkedList<string>(Split(full[root.Length..]));
        var current = root;
        var links = 0;
        while (pending.First is { } first)
        {
            pending.RemoveFirst();
            var part = first.Value;
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (!info.Exists && !Directory.Exists(next))
            {
                return null;
            }

            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            // The target replaces this part; a relative target is read from the folder that holds the link.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            var node = pending.First;
            foreach (var targetPart in Split(target))
            {
                if (node is null)
                {
                    pending.AddLast(targetPart);
                }
                else
                {
                    pending.AddBefore(node, targetPart);
                }
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both canonical).</summary>
    public static bool IsInside(string folder, string path)
    {
        var trimmed = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path == trimmed
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || trimmed.Length == 0;
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
}
