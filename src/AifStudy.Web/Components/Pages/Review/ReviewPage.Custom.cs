using AifStudy.Core.Scheduling;
using AifStudy.Web.Services.Flashcards;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Pages.Review;

/// <summary>The review screen's custom study sessions, as the address names them.</summary>
public sealed partial class ReviewPage
{
    /// <summary><c>?custom=</c> ahead, lapses, missed or selected: a custom study session on the scope.</summary>
    [SupplyParameterFromQuery(Name = "custom")] public string? CustomName { get; set; }

    /// <summary>With <c>custom=selected</c>: the deck browser's search text.</summary>
    [SupplyParameterFromQuery(Name = "q")] public string? SelectedText { get; set; }

    /// <summary>With <c>custom=selected</c>: the deck browser's state filter.</summary>
    [SupplyParameterFromQuery(Name = "state")] public string? SelectedState { get; set; }

    /// <summary>With <c>custom=selected</c>: the deck browser's kind filter.</summary>
    [SupplyParameterFromQuery(Name = "kind")] public string? SelectedKind { get; set; }

    private CustomSession? Custom => CustomStudyRules.Parse(CustomName) switch
    {
        null => null,
        CustomStudy.Selected => new CustomSession(
            CustomStudy.Selected,
            new CardListFilter(SelectedText, CardListFilter.ParseState(SelectedState), CardListFilter.ParseKind(SelectedKind))),
        { } kind => new CustomSession(kind),
    };

    private static string CustomLabel(CustomSession custom) => custom.Kind switch
    {
        CustomStudy.Ahead => $"reviewing ahead ({CustomStudyRules.AheadDays} days)",
        CustomStudy.Lapses => "today's lapses",
        CustomStudy.Selected => custom.Selection is { Narrows: true } selection ? $"cards {selection.Describe()}" : "every card",
        _ => $"sections your quizzes missed ({CustomStudyRules.MissedWithinDays} days)",
    };

    // The same scope in a custom session, for the links under "All done".
    private string CustomHref(CustomStudy custom)
    {
        var query = new List<string>();
        if (_scope?.Scope is { } scope)
        {
            if (scope.TaskId is { } t) { query.Add($"task={Uri.EscapeDataString(t)}"); }
            if (scope.Domain is { } d) { query.Add($"domain={d}"); }
            if (scope.NoteSlug is { } n) { query.Add($"note={Uri.EscapeDataString(n)}"); }
            if (scope.SectionAnchor is { } a) { query.Add($"section={Uri.EscapeDataString(a)}"); }
        }

        if (query.Count == 0)
        {
            query.Add("scope=all");
        }

        query.Add("custom=" + custom.ToString().ToLowerInvariant());
        return "review?" + string.Join('&', query);
    }
}
