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

    private bool LeechesOnly => Leeches is "1" or "true";

    private string LeechToggleHref => Navigation.GetUriWithQueryParameter("leeches", LeechesOnly ? null : "1");

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

    private string ReviewHref => "review" + (ScopeQuery.Length == 0 ? "?scope=all" : ScopeQuery);

    protected override async Task OnInitializedAsync() => _domains = await Catalog.GetDomainsAsync();

    protected override async Task OnParametersSetAsync()
    {
        _search = Query;
        _scope = await Catalog.ReadScopeAsync(Domain, Note, Section);
        _items = _scope.IsValid ? await Browser.ListAsync(Learner.DefaultId, Scope, Query, limit: Limit, leechesOnly: LeechesOnly) : [];
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

    private async Task ReloadAsync() => _items = await Browser.ListAsync(Learner.DefaultId, Scope, Query, limit: Limit, leechesOnly: LeechesOnly);
}
