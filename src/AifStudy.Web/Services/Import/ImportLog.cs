namespace AifStudy.Web.Services.Import;

/// <summary>The import's log messages (source-generated), written under the <see cref="ContentImporter"/> category.</summary>
internal static partial class ImportLog
{
    [LoggerMessage(Level = LogLevel.Information,
        Message = "Imported {ContentPath}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed")]
    public static partial void LogImportFinished(this ILogger logger, string contentPath, int added, int updated, int unchanged, int removed, int failed);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Import phases: {Timings}")]
    public static partial void LogImportTimings(this ILogger logger, ImportTimings timings);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not generate the cards of {NotePath}; its stored cards are kept")]
    public static partial void LogCardsFailed(this ILogger logger, Exception exception, string notePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not import {NotePath}: {Reason}")]
    public static partial void LogFileFailed(this ILogger logger, Exception? exception, string notePath, string reason);
}
