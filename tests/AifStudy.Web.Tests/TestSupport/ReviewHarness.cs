using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Flashcards;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>An <see cref="ImportHarness"/> with the app's services (<see cref="HarnessServices"/>) wired to its database and clock.</summary>
internal sealed class ReviewHarness : IDisposable
{
    private readonly ServiceProvider _services;

    private ReviewHarness(ImportHarness import)
    {
        Import = import;
        _services = new ServiceCollection().AddPortalServices(import).BuildServiceProvider();
    }

    public ImportHarness Import { get; }

    public IServiceProvider Services => _services;

    public ReviewQueue Queue => _services.GetRequiredService<ReviewQueue>();

    public ReviewRecorder Recorder => _services.GetRequiredService<ReviewRecorder>();

    public CardBrowser Browser => _services.GetRequiredService<CardBrowser>();

    public LearnerSettingsService Settings => _services.GetRequiredService<LearnerSettingsService>();

    public StudyStatistics Statistics => _services.GetRequiredService<StudyStatistics>();

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
        _services.Dispose();
        Import.Dispose();
    }
}
