using AifStudy.Web.Components.Layout;
using AifStudy.Web.Services.Import;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Layout;

public sealed class ImportBarTests : BunitContext
{
    private readonly SteppedClock _clock = new();
    private readonly ImportProgress _progress;

    public ImportBarTests()
    {
        _progress = new ImportProgress(_clock);
        Services.AddSingleton(_progress);
    }

    [Fact]
    public void Nothing_shows_when_no_import_runs() =>
        Assert.Empty(Render<ImportBar>().FindAll("[data-testid=import-bar]"));

    [Fact]
    public void The_bar_follows_the_import_and_goes_when_it_ends()
    {
        var cut = Render<ImportBar>();

        _progress.Begin();
        _progress.Listed(2000);
        cut.WaitForAssertion(() => Assert.Contains("Importing notes: 0 / 2,000", cut.Find("[data-testid=import-bar]").TextContent, StringComparison.Ordinal));

        // 800 files in 40 s: 1,200 left at that pace is about a minute.
        for (var i = 0; i < 800; i++)
        {
            _clock.Now += TimeSpan.FromMilliseconds(50);
            _progress.FileDone($"note-{i}.md");
        }

        cut.WaitForAssertion(() =>
        {
            Assert.Contains("Importing notes: 800 / 2,000 · about 1 min 0 s left", cut.Find(".import-bar-long").TextContent, StringComparison.Ordinal);
            Assert.Equal("800", cut.Find("progress").GetAttribute("value"));
        });

        _progress.Enter(ImportStage.Indexing);
        cut.WaitForAssertion(() => Assert.Contains("building the search index", cut.Find(".import-bar-long").TextContent, StringComparison.Ordinal));

        _progress.End(null);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=import-bar]")));
    }

    // Wall clock and timestamps that move only when the test moves them.
    private sealed class SteppedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;

        public override long GetTimestamp() => Now.UtcTicks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }
}
