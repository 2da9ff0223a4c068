using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Flashcards;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>An <see cref="ImportHarness"/> with the review services wired to its database and clock.</summary>
internal sealed class ReviewHarness : IDisposable
{
    private ReviewHarness(ImportHarness import)
    {
        Import = import;
        Reviews = new ReviewService(import.Database, import.Clock);
        Settings = new LearnerSettingsService(import.Database);
        Statistics = new StudyStatistics(import.Database, import.Clock);
    }

    public ImportHarness Import { get; }

    public ReviewService Reviews { get; }

    public LearnerSettingsService Settings { get; }

    public StudyStatistics Statistics { get; }

    public ManualTimeProvider Clock => Import.Clock;

    public SqliteTestDatabase Database => Import.Database;

    /// <summary>A harness whose content has been imported once.</summary>
    public static async Task<ReviewHarness> CreateAsync(TempContentFolder? content = null)
    {
        var harness = new ReviewHarness(await ImportHarness.CreateAsync(content));
        await harness.Import.Importer.ImportAsync();
        return harness;
    }

    public void Dispose()
    {
        Reviews.Dispose();
        Import.Dispose();
    }
}
