namespace AifStudy.Web.Data;

/// <summary>One run of the content importer and what it did to each file.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    public required string ContentPath { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Removed { get; set; }

    public int Failed { get; set; }

    public List<ImportFileResult> Files { get; set; } = [];
}

/// <summary>What an import did to one file.</summary>
public sealed class ImportFileResult
{
    public int Id { get; set; }

    public int ImportRunId { get; set; }

    /// <summary>Path relative to the content folder.</summary>
    public required string Path { get; set; }

    public ImportOutcome Outcome { get; set; }

    /// <summary>For failures: why, naming the place where known.</summary>
    public string? Message { get; set; }

    /// <summary>Normalisation rules that fired, one "line N: Rule — detail" per line.</summary>
    public string Normalizations { get; set; } = "";

    /// <summary>Non-fatal problems the parser reported, one per line.</summary>
    public string Warnings { get; set; } = "";
}

public enum ImportOutcome
{
    Added,
    Updated,
    Unchanged,
    Removed,
    Failed,
}
