using AifStudy.Web.Services.Search;
using AifStudy.Web.Tests.TestSupport;

namespace AifStudy.Web.Tests.Services.Search;

/// <summary>The five repo notes imported once, for tests that only read.</summary>
public sealed class ImportedNotesFixture : IAsyncLifetime
{
    private ImportHarness? _harness;

    public SearchService Search { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Search = new SearchService(_harness.Database);
    }

    public Task DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }
}
