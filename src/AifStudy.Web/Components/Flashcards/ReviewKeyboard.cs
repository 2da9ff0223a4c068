using AifStudy.Web.Components.Interop;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Flashcards;

/// <summary>The .NET end of <c>ReviewCard.razor.js</c>: review shortcuts, while the component is interactive.</summary>
public sealed class ReviewKeyboard : IAsyncDisposable
{
    public const string ModulePath = "./Components/Flashcards/ReviewCard.razor.js";

    private readonly DocumentKeyListener<ReviewKeyboard> _listener;
    private readonly Func<string, bool, bool, bool, Task> _onShortcut;

    public ReviewKeyboard(IJSRuntime js, Func<string, bool, bool, bool, Task> onShortcut)
    {
        _onShortcut = onShortcut;
        _listener = new DocumentKeyListener<ReviewKeyboard>(js, ModulePath, this);
    }

    public Task AttachAsync() => _listener.AttachAsync();

    /// <summary>Called by the module for a key that may be a shortcut (<c>KeyboardEvent.key</c> and modifiers).</summary>
    [JSInvokable]
    public Task OnShortcutAsync(string key, bool ctrlOrMeta, bool shift, bool alt) => _onShortcut(key, ctrlOrMeta, shift, alt);

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}
