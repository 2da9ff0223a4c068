using System.Globalization;

namespace AifStudy.Web.Services.Import;

/// <summary>An import's progress in words, as the bar and the import page show it.</summary>
public static class ImportProgressText
{
    /// <summary>"Importing notes: 812 / 2,000 · about 20 s left".</summary>
    public static string Summary(ImportSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var left = now.Remaining is { } r ? " · about " + Duration(r) + " left" : "";
        return now.Stage switch
        {
            ImportStage.Listing => "Importing notes: listing the content folder…",
            ImportStage.Notes => $"Importing notes: {Count(now.FilesDone)} / {Count(now.FilesTotal)}{left}",
            ImportStage.Indexing => $"Importing notes: building the search index for {Count(now.FilesTotal)} notes…",
            ImportStage.Committing => $"Importing notes: saving {Count(now.FilesTotal)} notes…",
            _ => "",
        };
    }

    /// <summary>"Importing 812 / 2,000 · 20 s left", for a phone's width.</summary>
    public static string Brief(ImportSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(now);
        return now.Stage switch
        {
            ImportStage.Notes => $"Importing {Count(now.FilesDone)} / {Count(now.FilesTotal)}" + (now.Remaining is { } r ? " · " + Duration(r) + " left" : ""),
            ImportStage.Listing => "Importing: listing…",
            _ => "Importing: indexing…",
        };
    }

    /// <summary>"812 / 2,000".</summary>
    public static string Files(ImportSnapshot now)
    {
        ArgumentNullException.ThrowIfNull(now);
        return $"{Count(now.FilesDone)} / {Count(now.FilesTotal)}";
    }

    /// <summary>What the stage is doing, for the import page.</summary>
    public static string Stage(ImportStage stage) => stage switch
    {
        ImportStage.Listing => "Listing the content folder and the stored notes",
        ImportStage.Notes => "Reading, parsing and storing notes",
        ImportStage.Indexing => "Building the search index",
        ImportStage.Committing => "Saving",
        _ => "Idle",
    };

    /// <summary>"45 s", "2 min 5 s".</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalSeconds < 60
            ? Math.Max(0, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + " s"
            : $"{(int)span.TotalMinutes} min {span.Seconds} s";

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
