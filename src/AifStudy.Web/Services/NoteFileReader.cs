using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Unicode;
using AifStudy.Core.Notes;

namespace AifStudy.Web.Services;

/// <summary>Reads a note file's bytes within the size limit, hashes them and decodes them.</summary>
internal static class NoteFileReader
{
    /// <summary>The markdown files under <paramref name="root"/>, relative, with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> Enumerate(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            IgnoreInaccessible = true,
        };
        return Directory.EnumerateFiles(root, "*.md", options)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The file's bytes, or why they cannot be used.</summary>
    public static async Task<(byte[]? Bytes, string? Error)> ReadAsync(string fullPath, long maxBytes, CancellationToken cancellationToken)
    {
        var length = new FileInfo(fullPath).Length;
        if (length > maxBytes)
        {
            return (null, TooLarge(length, maxBytes));
        }

        var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken);
        return bytes.Length > maxBytes ? (null, TooLarge(bytes.Length, maxBytes)) : (bytes, null);
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

        var line = LineOfFirstProblem(bytes);
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
