using System.Text;

namespace AifStudy.Core.Notes;

/// <summary>Decodes a note file's bytes, rejecting what is not a UTF-8 text file.</summary>
public static class NoteDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8 (a BOM is allowed and dropped).</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
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
}

/// <summary>The outcome of <see cref="NoteDecoder.Decode"/>: either text or an error message.</summary>
public sealed record DecodeResult(string? Text, string? Error)
{
    /// <summary>True when the bytes decoded.</summary>
    public bool Succeeded => Text is not null;

    internal static DecodeResult Success(string text) => new(text, null);

    internal static DecodeResult Failure(string error) => new(null, error);
}
