using System.Diagnostics;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// The report an import stores (<see cref="ImportRun"/>, shown at <c>/import</c>): a line per file with its outcome, the
/// counts, and only the last <see cref="RunsKept"/> runs kept.
/// </summary>
internal static class ImportReport
{
    public const int RunsKept = 20;

    /// <summary>The line of a file once the writer is done with it.</summary>
    public static ImportFileResult LineOf(PreparedFile file) => file switch
    {
        PreparedFile.New added => new() { Path = added.Path, Outcome = ImportOutcome.Added, Normalizations = added.Note.Normalizations, Warnings = added.Note.Warnings },
        PreparedFile.Changed changed => new() { Path = changed.Path, Outcome = ImportOutcome.Updated, Normalizations = changed.Content.Normalizations, Warnings = changed.Content.Warnings },
        PreparedFile.Unchanged same => new() { Path = same.Path, Outcome = ImportOutcome.Unchanged, Normalizations = same.Stored.Normalizations, Warnings = same.Stored.Warnings },
        PreparedFile.Failed failed => new() { Path = failed.Path, Outcome = ImportOutcome.Failed, Message = $"{failed.Path}: {failed.Reason}" },
        _ => throw new UnreachableException($"Unknown prepared file {file.GetType().Name}."),
    };

    /// <summary>The line of a note whose file is gone.</summary>
    public static ImportFileResult LineOfRemoved(StoredNote note) => new() { Path = note.SourcePath, Outcome = ImportOutcome.Removed };

    /// <summary>Sets the run's counts from its lines.</summary>
    public static void Count(ImportRun run)
    {
        run.Added = run.Files.Count(f => f.Outcome == ImportOutcome.Added);
        run.Updated = run.Files.Count(f => f.Outcome == ImportOutcome.Updated);
        run.Unchanged = run.Files.Count(f => f.Outcome == ImportOutcome.Unchanged);
        run.Removed = run.Files.Count(f => f.Outcome == ImportOutcome.Removed);
        run.Failed = run.Files.Count(f => f.Outcome == ImportOutcome.Failed);
    }

    /// <summary>Deletes the runs (and their lines) older than the last <see cref="RunsKept"/>.</summary>
    public static async Task PruneOldRunsAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        var newestDropped = await db.ImportRuns.OrderByDescending(r => r.Id).Skip(RunsKept)
            .Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (newestDropped > 0)
        {
            await db.ImportFileResults.Where(f => f.ImportRunId <= newestDropped).ExecuteDeleteAsync(cancellationToken);
            await db.ImportRuns.Where(r => r.Id <= newestDropped).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
