using AifStudy.Core.Markdown;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Pages.Notes;

/// <summary>
/// Watches the note's sections on screen (<c>NotePage.razor.js</c>) and reports each one the reader has read: on
/// screen for as long as its length asks (<see cref="Core.Notes.ReadingTime"/>) and scrolled to its end. One tracking at a time: starting again (another note) stops the previous one.
/// </summary>
internal sealed class ReadingTracker(IJSRuntime js, Func<string, Task> onScrolledThrough) : IAsyncDisposable
{
    private const string ModulePath = "./Components/Pages/Notes/NotePage.razor.js";

    private IJSObjectReference? _module;
    private IJSObjectReference? _tracking;
    private DotNetObjectReference<ReadingTracker>? _self;

    public async Task StartAsync(ElementReference container, ElementReference end, IReadOnlyList<string> anchors, IReadOnlyList<int> readAfterMilliseconds)
    {
        try
        {
            await StopAsync();
            _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
            _self ??= DotNetObjectReference.Create(this);
            _tracking = await _module.InvokeAsync<IJSObjectReference>("track", container, end, anchors, readAfterMilliseconds, _self, ContentIds.Prefix);
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away; nothing left to watch.
        }
    }

    [JSInvokable]
    public Task SectionScrolledThrough(string anchor) => onScrolledThrough(anchor);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
        }

        _self?.Dispose();
    }

    private async Task StopAsync()
    {
        if (_tracking is not null)
        {
            var tracking = _tracking;
            _tracking = null;
            await tracking.InvokeVoidAsync("dispose");
            await tracking.DisposeAsync();
        }
    }
}
