using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Quizzes;

/// <summary>
/// The .NET end of <c>QuizQuestionCard.razor.js</c>: installs the module's document keydown listener once the component is
/// interactive and removes it (and the <see cref="DotNetObjectReference"/> it calls) on dispose.
/// </summary>
public sealed class QuizKeyboard(IJSRuntime js, Func<string, Task> onKey) : IAsyncDisposable
{
    public const string ModulePath = "./Components/Quizzes/QuizQuestionCard.razor.js";

    private IJSObjectReference? _module;
    private DotNetObjectReference<QuizKeyboard>? _self;
    private int? _listenerId;
    private bool _disposed;

    public async Task AttachAsync()
    {
        try
        {
            _module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
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

    /// <summary>Called by the module with a number key or "Enter".</summary>
    [JSInvokable]
    public Task OnKeyAsync(string key) => onKey(key);

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
