using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Interop;

/// <summary>
/// Installs a JS module's document keydown listener (the module exports <c>attach(dotNetRef)</c> returning an id, and
/// <c>detach(id)</c>) once a component is interactive, and removes it and the <see cref="DotNetObjectReference"/>
/// it calls on dispose. The target holds the <c>[JSInvokable]</c> method the module calls.
/// </summary>
public sealed class DocumentKeyListener<TTarget>(IJSRuntime js, string modulePath, TTarget target) : IAsyncDisposable
    where TTarget : class
{
    private IJSObjectReference? _module;
    private DotNetObjectReference<TTarget>? _self;
    private int? _listenerId;
    private bool _disposed;

    public async Task AttachAsync()
    {
        try
        {
            _module = await js.InvokeAsync<IJSObjectReference>("import", modulePath);
            _self = DotNetObjectReference.Create(target);
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
