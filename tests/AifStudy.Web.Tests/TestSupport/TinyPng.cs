namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A valid 1×1 PNG.</summary>
internal static class TinyPng
{
    public static byte[] Bytes { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
