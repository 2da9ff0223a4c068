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

    private bool IsPicking => _scope is { } read && (!read.IsValid || (read.Scope == StudyScope.All && ScopeName != "all" && Custom is null));

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

        await Session.StartAsync(_scope.Scope, Custom);
        _started = true;
        ScheduleWake();
    }

    private void Reveal() => Session.State.Reveal();

    private async Task RateAsync(Rating rating)
    {
        await Session.RateAsync(rating);
        ScheduleWake();
    }

    private async Task UndoAsync()
    {
        await Session.UndoAsync();
        ScheduleWake();
    }

    private async Task ReportAsync(ReportChoice choice)
    {
        await Session.ReportAsync(choice.Reason, choice.Comment);
        ScheduleWake();
    }

    // The longest the page sleeps in one go; it then looks again (a learn-ahead limit is at most a day).
    private static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    // At least this long between two looks, so that a card that does not come up after all cannot spin the circuit.
    private static readonly TimeSpan MinSleep = TimeSpan.FromSeconds(1);

    private CancellationTokenSource? _wake;

    // With no card left and a learning card due later, sleeps until it enters the learn-ahead window and brings it in.
    private void ScheduleWake()
    {
        _wake?.Cancel();
        _wake?.Dispose();
        _wake = null;
        if (Session.WakeAt is not { } at || !RendererInfo.IsInteractive)
        {
            return;
        }

        _wake = new CancellationTokenSource();
        _ = WakeAsync(at, _wake.Token);
    }

    private async Task WakeAsync(DateTimeOffset at, CancellationToken token)
    {
        var wait = at - Time.GetUtcNow();
        wait = wait < MinSleep ? MinSleep : wait > MaxSleep ? MaxSleep : wait;
        try
        {
            await Task.Delay(wait, Time, token);
            await InvokeAsync(async () =>
            {
                if (!token.IsCancellationRequested)
                {
                    await Session.ResumeAsync(token);
                    ScheduleWake();
                    StateHasChanged();
                }
            });
        }
        catch (OperationCanceledException)
        {
            // The learner answered, undid or left first.
        }
    }

    private string LocalTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Time.LocalTimeZone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _wake?.Cancel();
        _wake?.Dispose();
        _wake = null;
    }

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
