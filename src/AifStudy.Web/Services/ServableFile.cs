namespace AifStudy.Web.Services;

/// <summary>
/// A file the content folder may serve (<see cref="File"/>, the real file, links followed), or none; <see cref="Refusal"/>
/// says why a file that exists was refused (null when it simply is not there).
/// </summary>
public sealed record ServableFile(FileInfo? File, string? Refusal);
