using System.Text;

namespace AifStudy.Core.Notes;

/// <summary>
/// Decodes a note file's bytes: UTF-8 (with or without BOM), or UTF-16 when a byte order mark says so (Windows Notepad's
/// "Unicode"). Everything else that is not valid UTF-8 text is refused with the reason.
/// </summary>
public static class NoteDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8 (a BOM is allowed and dropped), or as UTF-16 after its BOM.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodeResult.Failure("UTF-32 text is not supported; save the file as UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16Le, "UTF-16LE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16Be, "UTF-16BE");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodeResult.Failure("binary content (NUL bytes), not a text file");
        }

        try
        {
            return DecodeResult.Success(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException ex)
        {
            return DecodeResult.Failure($"invalid UTF-8 at byte {ex.Index}");
        }
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding, string name)
    {
        if (bytes.Length % 2 != 0)
        {
            return DecodeResult.Failure($"invalid {name}: odd number of bytes after the byte order mark");
        }

        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal)
                ? DecodeResult.Failure("binary content (NUL characters), not a text file")
                : DecodeResult.Success(text);
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Failure($"invalid {name} (an unpaired surrogate)");
        }
    }
}

/// <summary>The outcome of <see cref="NoteDecoder.Decode"/>: either text or an error message.</summary>
public sealed record DecodeResult(string? Text, string? Error)
{
    /// <summary>True when the bytes decoded.</summary>
    public bool Succeeded => Text is not null;

    internal static DecodeResult Success(string text) => new(text, null);

    internal static DecodeResult Failure(string error) => new(null, error);
}
