using AifStudy.Web.Services;
using AifStudy.Web.Services.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Data;

/// <summary>
/// On start: applies pending migrations, fills an empty search index, then imports the content folder when <see cref="ContentOptions.ImportOnStart"/>.
/// A failed import is logged and the app starts anyway with what the database already holds.
/// </summary>
internal sealed partial class StudyDatabaseInitializer(
    IDbContextFactory<StudyDbContext> dbFactory,
    ContentImporter importer,
    SqliteSearchIndex searchIndex,
    IOptions<ContentOptions> options,
    ILogger<StudyDatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);

            // A database imported before search existed: the import below only reindexes notes that change.
            await searchIndex.RebuildIfEmptyAsync(db, cancellationToken);
        }

        if (!options.Value.ImportOnStart)
        {
            return;
        }

        try
        {
            await importer.ImportAsync(cancellationToken);
        }
#pragma warning disable CA1031 // The app must come up even when the content cannot be imported.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogImportFailed(ex, options.Value.Path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "Importing {ContentPath} failed; starting with the notes already in the database")]
    private partial void LogImportFailed(Exception exception, string contentPath);
}
