using AifStudy.Web.Components.Interop;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Quizzes;

/// <summary>The .NET end of <c>QuizQuestionCard.razor.js</c>: number keys and Enter, while the component is interactive.</summary>
public sealed class QuizKeyboard : IAsyncDisposable
{
    public const string ModulePath = "./Components/Quizzes/QuizQuestionCard.razor.js";

    private readonly DocumentKeyListener<QuizKeyboard> _listener;
    private readonly Func<string, Task> _onKey;

    public QuizKeyboard(IJSRuntime js, Func<string, Task> onKey)
    {
        _onKey = onKey;
        _listener = new DocumentKeyListener<QuizKeyboard>(js, ModulePath, this);
    }

    public Task AttachAsync() => _listener.AttachAsync();

    /// <summary>Called by the module with a number key or "Enter".</summary>
    [JSInvokable]
    public Task OnKeyAsync(string key) => _onKey(key);

    public ValueTask DisposeAsync() => _listener.DisposeAsync();
}
