using System.Buffers;
using System.Globalization;
using System.IO.Enumeration;
using System.Security.Cryptography;
using System.Text.Unicode;
using AifStudy.Core.Notes;

namespace AifStudy.Web.Services.Import;

/// <summary>Reads a note file's bytes within the size limit, hashes them and decodes them.</summary>
internal static class NoteFileReader
{
    /// <summary>
    /// The markdown files under <paramref name="root"/>, relative, with '/' separators, in ordinal order. Symbolic links
    /// to folders are followed only when they stay inside <paramref name="root"/> and do not loop; one that leaves it is
    /// listed itself, so that <see cref="ReadAsync"/> reports it.
    /// </summary>
    public static IReadOnlyList<string> Enumerate(string root)
    {
        root = Path.GetFullPath(root);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        var entries = new FileSystemEnumerable<string>(root, (ref entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref entry) => entry.IsDirectory
                ? IsLink(entry) && LinkOutside(root, entry.ToFullPath()) is not null
                : entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
            ShouldRecursePredicate = (ref entry) => !IsLink(entry) || FollowsSafely(root, entry.ToFullPath()),
        };
        return entries
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The file's bytes, or why they cannot be used: a symbolic link out of the content folder, a file over the size
    /// limit, an empty file, or one that disappeared since it was listed.
    /// </summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(string root, string relativePath, long maxBytes, CancellationToken cancellationToken)
    {
        var fullPath = Path.Combine(root, relativePath);
        if (LinkOutside(Path.GetFullPath(root), fullPath) is { } target)
        {
            return (null, $"is a symbolic link to '{target}', outside the content folder; it is not followed");
        }

        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > maxBytes)
            {
                return (null, TooLarge(length, maxBytes));
            }

            var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
            return bytes.Length > maxBytes ? (null, TooLarge(bytes.Length, maxBytes))
                : bytes.Length == 0 ? (null, "the file is empty (0 bytes); nothing to import")
                : (bytes, null);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, "was deleted during the import");
        }
    }

    /// <summary>
    /// Where the first symbolic link on the way from <paramref name="root"/> to <paramref name="fullPath"/> leads when
    /// that is outside <paramref name="root"/>; null when no link on the way leaves it.
    /// </summary>
    public static string? LinkOutside(string root, string fullPath)
    {
        var current = root;
        foreach (var part in Path.GetRelativePath(root, fullPath).Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            var target = FinalTarget(info);
            if (!IsInside(root, target))
            {
                return target;
            }
        }

        return null;
    }

    private static bool IsLink(in FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    // A folder link is followed when it leads inside root and not back up to one of its own ancestors (a loop).
    private static bool FollowsSafely(string root, string linkPath)
    {
        var target = FinalTarget(new FileInfo(linkPath));
        return IsInside(root, target) && !IsInside(target, linkPath);
    }

    private static string FinalTarget(FileInfo link)
    {
        try
        {
            return link.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link.FullName;
        }
        catch (IOException)
        {
            // A link loop: resolving it never ends anywhere, so treat it as leading nowhere safe.
            return Path.GetPathRoot(link.FullName) ?? "/";
        }
    }

    private static bool IsInside(string folder, string path)
    {
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) || path == folder.TrimEnd(Path.DirectorySeparatorChar);
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Decodes the bytes; a failure says what is wrong and on which line.</summary>
    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        var result = NoteDecoder.Decode(bytes);
        if (result.Succeeded)
        {
            return (result.Text, null);
        }

        // A line number helps find a bad byte in a UTF-8 file; for a file in another encoding it means nothing.
        var line = result.Error!.StartsWith("invalid UTF-8", StringComparison.Ordinal) || result.Error.StartsWith("binary", StringComparison.Ordinal)
            ? LineOfFirstProblem(bytes)
            : null;
        return (null, line is null ? result.Error : string.Create(CultureInfo.InvariantCulture, $"{result.Error} (line {line})"));
    }

    private static int? LineOfFirstProblem(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var invalidAt, out _, replaceInvalidSequences: false);
        var nulAt = bytes.IndexOf((byte)0);
        var offset = (status == OperationStatus.InvalidData, nulAt >= 0) switch
        {
            (true, true) => Math.Min(invalidAt, nulAt),
            (true, false) => invalidAt,
            (false, true) => nulAt,
            _ => -1,
        };
        return offset < 0 ? null : bytes[..offset].Count((byte)'\n') + 1;
    }

    private static string TooLarge(long length, long maxBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"file is {length:N0} bytes, over the limit of {maxBytes:N0} bytes (Content:MaxFileBytes)");
}
