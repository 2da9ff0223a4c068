using AifStudy.Web.Services.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;

namespace AifStudy.Web.Components.Layout;

/// <summary>
/// The top bar's search box: results as you type (debounced) in a popup grouped by note, Enter for the full results
/// page. Keys (<c>/</c> to focus, arrows, Enter, Escape) live in the JS module next to it, which calls back here.
/// </summary>
public sealed partial class SearchBox : IAsyncDisposable
{
    /// <summary>How many hits the popup shows.</summary>
    public const int PopupLimit = 8;

    private static readonly TimeSpan DebounceDelay = TimeSpan.FromMilliseconds(150);

    private ElementReference _root;
    private ElementReference _input;
    private string _query = "";
    private SearchResults? _results;
    private bool _open;
    private bool _expanded;
    private bool _focusPending;
    private CancellationTokenSource? _pending;
    private DotNetObjectReference<SearchBox>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _keys;

    [Inject] private SearchService Search { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IJSRuntime JS { get; set; } = null!;

    private bool IsOpen => _open && !string.IsNullOrWhiteSpace(_query);

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            if (firstRender)
            {
                _self = DotNetObjectReference.Create(this);
                _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Layout/SearchBox.razor.js");
                _keys = await _module.InvokeAsync<IJSObjectReference>("attach", _root, _input, _self);
            }

            if (_focusPending)
            {
                _focusPending = false;
                await _input.FocusAsync();
            }
        }
        catch (JSDisconnectedException)
        {
        }
    }

    private async Task OnInputAsync(ChangeEventArgs e)
    {
        _query = e.Value as string ?? "";
        if (_pending is not null)
        {
            // Cancelled, not disposed: the handler of the previous keystroke may still be reading its token.
            await _pending.CancelAsync();
            _pending = null;
        }

        if (string.IsNullOrWhiteSpace(_query))
        {
            _results = null;
            return;
        }

        _open = true;
        var token = (_pending = new CancellationTokenSource()).Token;
        try
        {
            await Task.Delay(DebounceDelay, token);
            var results = await Search.SearchAsync(_query, PopupLimit, token);
            if (!token.IsCancellationRequested)
            {
                _results = results;
            }
        }
        catch (OperationCanceledException)
        {
            // A newer keystroke took over.
        }
    }

    private void Reopen() => _open = _results is not null;

    /// <summary>Shows the box (it is an icon on narrow screens) and puts the caret in it; the <c>/</c> key calls this.</summary>
    [JSInvokable]
    public Task Expand()
    {
        _expanded = true;
        _focusPending = true;
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <summary>Closes the popup (Escape, a click elsewhere); a second Escape collapses the box on narrow screens.</summary>
    [JSInvokable]
    public void Close(bool collapse)
    {
        _open = false;
        _expanded &= !collapse;
        StateHasChanged();
    }

    /// <summary>Enter with no result picked: the full results page.</summary>
    [JSInvokable]
    public void OpenResultsPage()
    {
        if (!string.IsNullOrWhiteSpace(_query))
        {
            Navigation.NavigateTo(SearchLinks.ResultsPage(_query.Trim()));
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(() =>
    {
        _open = false;
        _expanded = false;
        StateHasChanged();
    });

    public async ValueTask DisposeAsync()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _pending?.Dispose();
        try
        {
            if (_keys is not null)
            {
                await _keys.InvokeVoidAsync("dispose");
                await _keys.DisposeAsync();
            }

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
}
