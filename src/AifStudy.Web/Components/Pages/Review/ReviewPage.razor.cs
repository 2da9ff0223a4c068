using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Feedback;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Pages.Review;

/// <summary>The review screen: a scope picker, then the session's cards one at a time; report and edit the card on screen.</summary>
public sealed partial class ReviewPage
{
    // Text, not int?: a number that does not parse must reach the page as a message, not as an exception.
    [SupplyParameterFromQuery(Name = "domain")] public string? Domain { get; set; }

    [SupplyParameterFromQuery(Name = "note")] public string? Note { get; set; }

    [SupplyParameterFromQuery(Name = "section")] public string? Section { get; set; }

    [SupplyParameterFromQuery(Name = "task")] public string? TaskStatement { get; set; }

    /// <summary><c>?scope=all</c> reviews everything; no scope at all shows the choice.</summary>
    [SupplyParameterFromQuery(Name = "scope")] public string? ScopeName { get; set; }

    private ScopeQueryResult? _scope;

    private bool IsPicking => _scope is { } read && (!read.IsValid || (read.Scope == StudyScope.All && ScopeName != "all"));

    private bool _started;

    // The card on screen being edited; null while reviewing.
    private CardText? _editing;

    private string ScopeLabel => _scope?.Scope switch
    {
        { TaskId: { } task } => AifStudy.Core.Exam.ExamGuide.Find(task)?.Label ?? $"Task {task}",
        { NoteSlug: { } note, SectionAnchor: { } section } => $"Section {section} of {note}",
        { NoteSlug: { } note } => $"Note {note}",
        { Domain: { } domain } => $"Domain {domain}",
        _ => "All cards",
    };

    protected override async Task OnParametersSetAsync()
    {
        _scope = await Catalog.ReadScopeAsync(Domain, Note, Section, TaskStatement);
        if (IsPicking)
        {
            return;
        }

        await Session.StartAsync(_scope.Scope);
        _started = true;
    }

    private void Reveal() => Session.State.Reveal();

    private Task RateAsync(Rating rating) => Session.RateAsync(rating);

    private Task UndoAsync() => Session.UndoAsync();

    private Task ReportAsync(ReportChoice choice) => Session.ReportAsync(choice.Reason, choice.Comment);

    private async Task EditAsync() => _editing = await Session.TextOfCurrentAsync();

    private async Task SaveEditAsync(CardSides sides)
    {
        await Session.SaveEditAsync(sides.Front, sides.Back);
        _editing = null;
    }

    private async Task RevertEditAsync()
    {
        await Session.RevertEditAsync();
        _editing = null;
    }

    private async Task KeepEditAsync()
    {
        await Session.KeepEditAsync();
        _editing = null;
    }
}
