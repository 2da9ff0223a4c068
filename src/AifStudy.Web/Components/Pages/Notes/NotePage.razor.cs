using AifStudy.Web.Data;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Notes;
using AifStudy.Web.Services.Reading;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Pages.Notes;

/// <summary>
/// A rendered note with its contents, reading progress (sections marked read by hand or by scrolling through them)
/// and, for notes that mix languages, a 中文 / English / both toggle that hides blocks by CSS class on the article.
/// </summary>
public sealed partial class NotePage
{
    [Inject] private NotePageService Pages { get; set; } = null!;

    [Inject] private ReadingService Reading { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    [Inject] private ImportProgress Imports { get; set; } = null!;

    [Parameter] public string Slug { get; set; } = "";

    /// <summary>Carried from prerendering into the circuit, so the page does not load twice or flash.</summary>
    [PersistentState] public NotePageModel? Model { get; set; }

    /// <summary>The learner's reading state of <see cref="Model"/>, carried along the same way.</summary>
    [PersistentState] public NoteReading? ReadingState { get; set; }

    private NoteHtml? _html;
    private HashSet<string> _read = new(StringComparer.Ordinal);
    private ElementReference _article;
    private ElementReference _end;
    private ReadingTracker? _tracker;
    private string? _trackedSlug;
    private bool _listening;

    /// <summary>True when the note's file was deleted while the page was open.</summary>
    private bool _removed;

    private ReadingLanguage Language => ReadingState?.Language ?? ReadingLanguage.Both;

    private int ReadCount => Model?.ReadableAnchors.Count(_read.Contains) ?? 0;

    private string LanguageKey => _html?.IsBilingual == true ? ReadingLanguages.Key(Language) : ReadingLanguages.Key(ReadingLanguage.Both);

    private string ArticleClass => $"note-article reading-{LanguageKey}";

    protected override async Task OnParametersSetAsync()
    {
        if (Model is not null && Model.Slug == Slug)
        {
            // Usually a cache hit that completes synchronously, so the first interactive render keeps the content.
            _html ??= await Pages.GetHtmlAsync(Model);
            if (_html is not null)
            {
                ReadingState ??= await Reading.GetNoteAsync(Learner.DefaultId, Slug);
                _read = new HashSet<string>(ReadingState.ReadAnchors, StringComparer.Ordinal);
                return;
            }
        }

        var page = await Pages.GetAsync(Slug);
        (Model, _html) = page is { } found ? (found.Model, found.Html) : (null, null);
        if (page is null)
        {
            Navigation.NotFound();
            return;
        }

        ReadingState = await Reading.GetNoteAsync(Learner.DefaultId, Slug);
        _read = new HashSet<string>(ReadingState.ReadAnchors, StringComparer.Ordinal);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_listening)
        {
            // Interactive now: an import that changes notes (a file saved in an editor) reloads this one in place.
            _listening = true;
            Imports.NotesChanged += OnNotesChanged;
        }

        if (Model is null || _html is null || _trackedSlug == Model.Slug)
        {
            return;
        }

        _trackedSlug = Model.Slug;
        _tracker ??= new ReadingTracker(JS, OnScrolledThroughAsync);
        await _tracker.StartAsync(_article, _end, Model.ReadableAnchors, Model.ReadAfterMilliseconds);
    }

    private async Task SetLanguageAsync(ReadingLanguage language)
    {
        if (Model is null)
        {
            return;
        }

        ReadingState = (ReadingState ?? NoteReading.Unread) with { Language = language };
        await Reading.SetLanguageAsync(Learner.DefaultId, Model.Slug, language);
    }

    private Task ToggleReadAsync(string anchor) => SetReadAsync(anchor, !_read.Contains(anchor));

    private async Task OnScrolledThroughAsync(string anchor)
    {
        // Scrolling through a section again moves "continue where you left off" to it.
        await SetReadAsync(anchor, read: true);
        StateHasChanged();
    }

    private async Task SetReadAsync(string anchor, bool read)
    {
        if (Model is null || !Model.ReadableAnchors.Contains(anchor))
        {
            return;
        }

        _ = read ? _read.Add(anchor) : _read.Remove(anchor);
        ReadingState = (ReadingState ?? NoteReading.Unread) with { ReadAnchors = [.. _read] };
        await Reading.SetReadAsync(Learner.DefaultId, Model.Slug, anchor, read);
    }

    private void OnNotesChanged() => _ = InvokeAsync(async () =>
    {
        var page = await Pages.GetAsync(Slug);
        if (page is null)
        {
            _removed = Model is not null;
        }
        else if (Model is null || page.Value.Model.Version != Model.Version)
        {
            (Model, _html, _removed) = (page.Value.Model, page.Value.Html, false);

            // The sections may have changed: reading is tracked again over the new ones.
            _trackedSlug = null;
            ReadingState = await Reading.GetNoteAsync(Learner.DefaultId, Slug);
            _read = new HashSet<string>(ReadingState.ReadAnchors, StringComparer.Ordinal);
        }
        else
        {
            return;
        }

        StateHasChanged();
    });

    public async ValueTask DisposeAsync()
    {
        Imports.NotesChanged -= OnNotesChanged;
        if (_tracker is not null)
        {
            await _tracker.DisposeAsync();
        }
    }
}
