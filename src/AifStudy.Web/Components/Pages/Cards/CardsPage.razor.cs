using AifStudy.Web.Components.Feedback;
using AifStudy.Web.Data;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Pages.Cards;

/// <summary>The deck browser: filter, suspend, edit and report cards.</summary>
public sealed partial class CardsPage
{
    private const int Limit = 500;

    // Text, not int?: a number that does not parse must reach the page as a message, not as an exception.
    [SupplyParameterFromQuery(Name = "domain")] public string? Domain { get; set; }

    [SupplyParameterFromQuery(Name = "note")] public string? Note { get; set; }

    [SupplyParameterFromQuery(Name = "section")] public string? Section { get; set; }

    [SupplyParameterFromQuery(Name = "q")] public string? Query { get; set; }

    /// <summary><c>?leeches=1</c> lists only the cards tagged leeches.</summary>
    [SupplyParameterFromQuery(Name = "leeches")] public string? Leeches { get; set; }

    /// <summary><c>?state=</c> new, learning, review, relearning, suspended or leech.</summary>
    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }

    /// <summary><c>?kind=</c> a card kind (TermDefinition, Cloze, …).</summary>
    [SupplyParameterFromQuery(Name = "kind")] public string? Kind { get; set; }

    /// <summary><c>?sort=</c> note (default), due, lapses or stability.</summary>
    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }

    private bool LeechesOnly => Leeches is "1" or "true" || StateFilter == CardListState.Leech;

    private CardListState? StateFilter => CardListFilter.ParseState(State) ?? (Leeches is "1" or "true" ? CardListState.Leech : null);

    private AifStudy.Core.Flashcards.CardKind? KindFilter => CardListFilter.ParseKind(Kind);

    private CardListSort SortOrder => Enum.TryParse<CardListSort>(Sort, ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : CardListSort.Note;

    private string StateValue => StateFilter?.ToString() ?? "";

    private string KindValue => KindFilter?.ToString() ?? "";

    private string HistorySummary(CardListItem card) =>
        $"{_history.Count} review{(_history.Count == 1 ? "" : "s")} · {card.Lapses} lapse{(card.Lapses == 1 ? "" : "s")}";

    private CardListFilter Filter => new(Query, StateFilter, KindFilter, SortOrder);

    private void ChangeState(ChangeEventArgs e) => ChangeQuery("state", e);

    private void ChangeKind(ChangeEventArgs e) => ChangeQuery("kind", e);

    private void ChangeSort(ChangeEventArgs e) => ChangeQuery("sort", e);

    private void ChangeQuery(string name, ChangeEventArgs e)
    {
        var value = e.Value as string;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            [name] = string.IsNullOrEmpty(value) ? null : value,
            ["leeches"] = null,
        }));
    }

    // The card whose info (its reviews) is open, and those reviews.
    private int? _info;
    private IReadOnlyList<CardReviewEntry> _history = [];

    private async Task ToggleInfoAsync(CardListItem card)
    {
        (_reporting, _editing) = (null, null);
        if (_info == card.CardId)
        {
            _info = null;
            return;
        }

        _history = await Browser.HistoryAsync(Learner.DefaultId, card.CardId);
        _info = card.CardId;
    }

    private string LeechToggleHref => Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
    {
        ["leeches"] = null,
        ["state"] = LeechesOnly ? null : "leech",
    });

    private IReadOnlyList<DomainNotes> _domains = [];

    private ScopeQueryResult? _scope;
    private IReadOnlyList<CardListItem>? _items;
    private string? _search;

    private StudyScope Scope => _scope?.Scope ?? StudyScope.All;

    private string ScopeValue => Scope.NoteSlug is { } note ? $"note:{note}" : Scope.Domain is { } d ? $"domain:{d}" : "";

    private string ScopeQuery => Scope.NoteSlug is { } note
        ? $"?note={Uri.EscapeDataString(note)}" + (Scope.SectionAnchor is { } section ? $"&section={Uri.EscapeDataString(section)}" : "")
        : Scope.Domain is { } d ? $"?domain={d}" : "";

    private string ExportHref => "export/anki" + ScopeQuery;

    // What the list shows, as a review session: the scope, and the search and filters (a "selected" custom session).
    private string ReviewHref => "review" + (ScopeQuery.Length == 0 ? "?scope=all" : ScopeQuery)
        + (Filter.Narrows ? "&custom=selected&" + Filter.ToQuery() : "");

    protected override async Task OnInitializedAsync() => _domains = await Catalog.GetDomainsAsync();

    protected override async Task OnParametersSetAsync()
    {
        _search = Query;
        _scope = await Catalog.ReadScopeAsync(Domain, Note, Section);
        _items = _scope.IsValid ? await Browser.FindAsync(Learner.DefaultId, Scope, Filter, limit: Limit) : [];
    }

    private void ChangeScope(ChangeEventArgs e)
    {
        var value = e.Value as string ?? "";
        var parameters = new Dictionary<string, object?>
        {
            ["domain"] = value.StartsWith("domain:", StringComparison.Ordinal) ? value[7..] : null,
            ["note"] = value.StartsWith("note:", StringComparison.Ordinal) ? value[5..] : null,
            ["section"] = null,
        };
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(parameters));
    }

    private void SearchAsync()
        => Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("q", string.IsNullOrWhiteSpace(_search) ? null : _search.Trim()));

    private async Task ToggleAsync(CardListItem card)
    {
        await Recorder.SetSuspendedAsync(Learner.DefaultId, card.CardId, !card.IsSuspended);
        await ReloadAsync();
    }

    // One row open at a time: editing and reporting replace each other.
    private int? _reporting;
    private CardText? _editing;
    private string? _message;

    private void ToggleReport(CardListItem card) => (_reporting, _editing) = (_reporting == card.CardId ? null : card.CardId, null);

    private async Task ReportAsync(CardListItem card, ReportChoice choice)
    {
        await Reports.ReportCardAsync(Learner.DefaultId, card.CardId, choice.Reason, choice.Comment);
        (_reporting, _message) = (null, $"Reported and hidden: “{card.Front}”.");
        await ReloadAsync();
    }

    private async Task EditAsync(CardListItem card)
    {
        _reporting = null;
        _editing = _editing?.CardId == card.CardId ? null : await Edits.GetAsync(Learner.DefaultId, card.CardId);
    }

    private async Task SaveEditAsync(CardSides sides)
    {
        if (_editing is { } text)
        {
            await Edits.SaveAsync(Learner.DefaultId, text.CardId, sides.Front, sides.Back);
            _editing = null;
            await ReloadAsync();
        }
    }

    private async Task RevertEditAsync()
    {
        if (_editing is { } text)
        {
            await Edits.RevertAsync(Learner.DefaultId, text.CardId);
            _editing = null;
            await ReloadAsync();
        }
    }

    private async Task KeepEditAsync()
    {
        if (_editing is { } text)
        {
            await Edits.KeepAsync(Learner.DefaultId, text.CardId);
            _editing = null;
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync() => _items = await Browser.FindAsync(Learner.DefaultId, Scope, Filter, limit: Limit);
}
