using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Feedback;
using AifStudy.Web.Components.Interop;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Flashcards;

/// <summary>
/// One card under review: the question, then the answer with four rating buttons showing their next intervals.
/// Presentational: the page owns the state (see <c>ReviewSessionState</c>) and reacts to the callbacks.
/// Keys: Space/Enter reveal, 1-4 rate once revealed, Ctrl+Z/Cmd+Z undo, R report a problem, E edit (see <see cref="ReviewShortcut"/>).
/// </summary>
public sealed partial class ReviewCard
{
    /// <summary>The module that picks the review keys (ReviewCard.razor.js).</summary>
    public const string ModulePath = "./Components/Flashcards/ReviewCard.razor.js";

    [Inject] private IJSRuntime JS { get; set; } = null!;

    private static readonly (Rating Rating, string Name, string Key)[] Buttons =
        [(Rating.Again, "Again", "1"), (Rating.Hard, "Hard", "2"), (Rating.Good, "Good", "3"), (Rating.Easy, "Easy", "4")];

    /// <summary>Sanitised HTML of the question side.</summary>
    [Parameter, EditorRequired] public string FrontHtml { get; set; } = "";

    /// <summary>Sanitised HTML of the answer side, shown once <see cref="Revealed"/>.</summary>
    [Parameter, EditorRequired] public string BackHtml { get; set; } = "";

    [Parameter] public bool Revealed { get; set; }

    /// <summary>Next interval per button, e.g. Again → "10m", Good → "2d".</summary>
    [Parameter] public IReadOnlyDictionary<Rating, string> IntervalLabels { get; set; } = new Dictionary<Rating, string>();

    /// <summary>"from: note › section", shown under the answer.</summary>
    [Parameter] public string? SourceLabel { get; set; }

    [Parameter] public string? SourceHref { get; set; }

    /// <summary>Cards left today, this one included.</summary>
    [Parameter] public int Remaining { get; set; }

    [Parameter] public bool CanUndo { get; set; }

    [Parameter] public EventCallback OnReveal { get; set; }

    [Parameter] public EventCallback<Rating> OnRate { get; set; }

    [Parameter] public EventCallback OnUndo { get; set; }

    /// <summary>The sides shown are the learner's own edit.</summary>
    [Parameter] public bool IsEdited { get; set; }

    /// <summary>The card's generated text changed since the learner's edit.</summary>
    [Parameter] public bool EditNeedsCheck { get; set; }

    /// <summary>The learner reported the card; the page hides it and moves on.</summary>
    [Parameter] public EventCallback<ReportChoice> OnReport { get; set; }

    /// <summary>The learner wants to edit the card.</summary>
    [Parameter] public EventCallback OnEdit { get; set; }

    private DocumentKeyListener? _keyboard;
    // True while the page handles an answer: a second key press must not answer the next card unseen.
    private bool _busy;
    private bool _reporting;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _keyboard = new DocumentKeyListener(JS, ModulePath, OnShortcutAsync);
            await _keyboard.AttachAsync();
        }
    }

    private Task OnShortcutAsync(KeyPress press)
    {
        var shortcut = ReviewShortcut.Resolve(press.Key, press.CtrlOrMeta, press.Shift, press.Alt, Revealed, CanUndo);
        return shortcut.Kind switch
        {
            ReviewShortcutKind.Reveal => RevealAsync(),
            ReviewShortcutKind.Rate => RateAsync(shortcut.Rating!.Value),
            ReviewShortcutKind.Undo => UndoAsync(),
            ReviewShortcutKind.Report => OpenReport(),
            ReviewShortcutKind.Edit => EditAsync(),
            _ => Task.CompletedTask,
        };
    }

    private Task RevealAsync() => Revealed ? Task.CompletedTask : RunAsync(OnReveal.InvokeAsync);

    private Task RateAsync(Rating rating) => Revealed ? RunAsync(() => OnRate.InvokeAsync(rating)) : Task.CompletedTask;

    private Task UndoAsync() => CanUndo ? RunAsync(OnUndo.InvokeAsync) : Task.CompletedTask;

    private Task EditAsync() => RunAsync(OnEdit.InvokeAsync);

    private void ToggleReport() => _reporting = !_reporting;

    private Task OpenReport()
    {
        if (!_reporting)
        {
            _reporting = true;
            StateHasChanged();
        }

        return Task.CompletedTask;
    }

    private Task ReportAsync(ReportChoice choice) => RunAsync(async () =>
    {
        _reporting = false;
        await OnReport.InvokeAsync(choice);
    });

    private async Task RunAsync(Func<Task> callback)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            await callback();
        }
        finally
        {
            _busy = false;
            StateHasChanged();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_keyboard is not null)
        {
            await _keyboard.DisposeAsync();
        }
    }
}
