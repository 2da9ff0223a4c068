using AifStudy.Web.Data;
using AifStudy.Web.Services.Notes;
using AifStudy.Web.Services.Reading;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Notes;

/// <summary>
/// What a note page view keeps between requests (issue 17): the note's model until an import changes the notes, a
/// learner's reading state until they change it. Real import, real SQLite.
/// </summary>
public sealed class PageCacheTests : IAsyncLifetime
{
    private ImportHarness _harness = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        var content = TempContentFolder.Empty();
        content.Write("rag.md", "# RAG\n\n## Retrieval\n\nRetrieval finds the passages a question needs.\n");
        _harness = await ImportHarness.CreateAsync(content);
        await _harness.Importer.ImportAsync();
        _services = new ServiceCollection().AddLogging().AddPortalServices(_harness).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _harness.Dispose();
    }

    [Fact]
    public async Task A_note_is_read_again_after_an_import_changes_it_and_is_gone_after_one_removes_it()
    {
        var pages = _services.GetRequiredService<NotePageService>();
        var first = (await pages.GetAsync("rag"))!.Value;
        Assert.Same(first.Model, (await pages.GetAsync("rag"))!.Value.Model);

        _harness.Content.Write("rag.md", "# RAG, revised\n\n## Retrieval\n\nRetrieval finds the passages a question needs.\n\n## Generation\n\nThe model answers from them.\n");
        await _harness.Importer.ImportAsync();

        var second = (await pages.GetAsync("rag"))!.Value;
        Assert.Equal("RAG, revised", second.Model.Title);
        Assert.Contains(second.Model.Toc, e => e.Title == "Generation");
        Assert.Contains("The model answers from them.", second.Html.Body, StringComparison.Ordinal);

        _harness.Content.Delete("rag.md");
        await _harness.Importer.ImportAsync();
        Assert.Null(await pages.GetAsync("rag"));
    }

    [Fact]
    public async Task A_learners_reading_is_kept_until_they_change_it_and_is_theirs_alone()
    {
        var reading = _services.GetRequiredService<ReadingService>();
        Assert.Empty((await reading.GetNoteAsync(1, "rag")).ReadAnchors);
        var anchor = (await _services.GetRequiredService<NotePageService>().GetAsync("rag"))!.Value.Model.ReadableAnchors[^1];

        Assert.True(await reading.SetReadAsync(1, "rag", anchor, read: true));
        Assert.Equal([anchor], (await reading.GetNoteAsync(1, "rag")).ReadAnchors);
        Assert.Empty((await reading.GetNoteAsync(2, "rag")).ReadAnchors);

        await reading.SetLanguageAsync(1, "rag", ReadingLanguage.English);
        Assert.Equal(ReadingLanguage.English, (await reading.GetNoteAsync(1, "rag")).Language);

        Assert.True(await reading.SetReadAsync(1, "rag", anchor, read: false));
        Assert.Empty((await reading.GetNoteAsync(1, "rag")).ReadAnchors);
    }
}
