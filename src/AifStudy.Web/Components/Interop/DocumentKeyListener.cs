using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Interop;

/// <summary>
/// A component's keyboard shortcuts while it is interactive. Imports the component's JS module, whose
/// <c>attach(dotNetRef)</c> puts a document keydown listener in place through <c>wwwroot/js/document-keys.js</c> and
/// returns its id, and hands every key the module picks to <c>onKey</c>; on dispose it takes the listener and the
/// <see cref="DotNetObjectReference"/> back off.
/// </summary>
public sealed class DocumentKeyListener(IJSRuntime js, string modulePath, Func<KeyPress, Task> onKey) : IAsyncDisposable
{
    private IJSObjectReference? _module;
    private DotNetObjectReference<DocumentKeyListener>? _self;
    private int? _listenerId;
    private bool _disposed;

    public async Task AttachAsync()
    {
        try
        {
            _module = await js.InvokeAsync<IJSObjectReference>("import", modulePath);
            _self = DotNetObjectReference.Create(this);
            var id = await _module.InvokeAsync<int>("attach", _self);
            if (_disposed)
            {
                // Disposed while the import was in flight: take the listener straight back off.
                await _module.InvokeVoidAsync("detach", id);
                return;
            }

            _listenerId = id;
        }
        catch (JSDisconnectedException)
        {
        }
    }

    /// <summary>Called by <c>document-keys.js</c> for a key the component's module took (and the browser did not act on).</summary>
    [JSInvokable]
    public Task OnKeyAsync(string key, bool ctrlOrMeta, bool shift, bool alt) => onKey(new KeyPress(key, ctrlOrMeta, shift, alt));

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        try
        {
            if (_module is not null)
            {
                if (_listenerId is { } id)
                {
                    await _module.InvokeVoidAsync("detach", id);
                }

                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The page is gone, and its listener with it.
        }
        finally
        {
            _self?.Dispose();
        }
    }
}
