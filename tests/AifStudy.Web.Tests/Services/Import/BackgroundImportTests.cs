using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Import;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Import;

/// <summary>
/// The portal on a real Kestrel port while an import runs: it answers, serves the notes stored before, shows how far the
/// import is (bar, <c>/import</c>, <c>/healthz</c>), and takes the new notes when the import is saved. The import is held
/// file by file through the importer's test seam, so what the test sees does not depend on the machine's speed.
/// </summary>
public sealed class BackgroundImportTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task While_an_import_runs_the_portal_serves_the_stored_notes_and_shows_the_import_moving()
    {
        await using var host = PortalHost.Start();
        var progress = host.Services.GetRequiredService<ImportProgress>();
        var importer = host.Services.GetRequiredService<ContentImporter>();
        var added = CorpusGenerator.Write(Path.Combine(host.ContentDir, "generated"), 12, sectionsPerNote: 6);
        using var gate = new SemaphoreSlim(0);
        importer.BeforeReadingFile = async _ => await gate.WaitAsync();
        using var client = host.CreateClient();
        try
        {
            var import = Task.Run(() => importer.ImportAsync());

            // Three files through: the import stops at the fourth, and the portal is looked at there.
            gate.Release(3);
            await WaitForAsync(() => progress.Current is { Stage: ImportStage.Notes, FilesDone: 3 });

            var total = added.Count + 5;
            Assert.Equal($"Healthy\nimport: importing 3 / {total} notes\n", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
            var note = await client.GetStringAsync(new Uri("/notes/llm-basics", UriKind.Relative));
            Assert.Contains("data-testid=\"import-bar\"", note, StringComparison.Ordinal);
            Assert.Contains($"Importing notes: 3 / {total}", note, StringComparison.Ordinal);
            var page = await client.GetStringAsync(new Uri("/import", UriKind.Relative));
            Assert.Contains($"3 / {total}", page, StringComparison.Ordinal);
            Assert.Equal(5L, await host.CountAsync("SELECT COUNT(*) FROM Notes"));

            // One more file: the progress moves on.
            gate.Release(1);
            await WaitForAsync(() => progress.Current.FilesDone == 4);

            gate.Release(int.MaxValue / 2);
            var run = await import.WaitAsync(Bound);

            Assert.Equal(added.Count, run.Added);
            Assert.False(progress.Current.IsRunning);
            Assert.Equal("Healthy\n", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
            Assert.DoesNotContain("import-bar", await client.GetStringAsync(new Uri("/notes/llm-basics", UriKind.Relative)), StringComparison.Ordinal);
            Assert.Equal(5L + added.Count, await host.CountAsync("SELECT COUNT(*) FROM Notes"));
        }
        finally
        {
            importer.BeforeReadingFile = null;
            gate.Release(int.MaxValue / 2);
        }
    }

    [Fact]
    public async Task A_first_start_listens_before_its_import_ends_and_the_dashboard_says_the_notes_are_coming()
    {
        // Held before the first file: the portal must already answer, with nothing stored yet.
        using var gate = new SemaphoreSlim(0);
        await using var host = PortalHost.Start(waitForImport: false, beforeReadingFile: async _ => await gate.WaitAsync());
        var progress = host.Services.GetRequiredService<ImportProgress>();
        using var client = host.CreateClient();
        try
        {
            await WaitForAsync(() => progress.Current.Stage == ImportStage.Notes);

            Assert.False(progress.StartupImport.IsCompleted);
            Assert.Equal("Healthy\nimport: importing 0 / 5 notes\n", await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
            Assert.Contains("data-testid=\"first-import\"", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

            gate.Release(int.MaxValue / 2);
            await progress.StartupImport.WaitAsync(Bound);

            Assert.Equal(5L, await host.CountAsync("SELECT COUNT(*) FROM Notes"));
            Assert.DoesNotContain("first-import", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
        }
        finally
        {
            gate.Release(int.MaxValue / 2);
        }
    }

    // Waits for a state the import reaches; the bound only turns a hang into a failure.
    private static async Task WaitForAsync(Func<bool> reached)
    {
        using var timeout = new CancellationTokenSource(Bound);
        while (!reached())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
