using System.Globalization;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Pages.Quiz;

/// <summary>
/// A running exam (or its result once ended). The countdown ticks once a second against the deadline on the server's
/// clock; reaching zero submits. A refresh or a new circuit loads the same attempt with its answers and the time left.
/// </summary>
public sealed partial class ExamPage
{
    [Inject] private ExamSession Session { get; set; } = null!;

    [Parameter] public int AttemptId { get; set; }

    private readonly CancellationTokenSource _stop = new();
    private bool _loaded;
    private bool _confirming;
    private bool _ticking;

    protected override async Task OnParametersSetAsync()
    {
        await Session.LoadAsync(AttemptId);
        _loaded = true;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && !_ticking)
        {
            _ticking = true;
            _ = TickAsync();
        }
    }

    private async Task TickAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (Session.View is not { IsEnded: false })
                {
                    continue;
                }

                await InvokeAsync(async () =>
                {
                    await Session.TickAsync(_stop.Token);
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal static string Clock(TimeSpan left) =>
        left.TotalHours >= 1
            ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : left.ToString(@"mm\:ss", CultureInfo.InvariantCulture);

    private Task AnswerAsync(QuizAnswer answer) => Session.AnswerAsync(answer);

    private void Next() => Session.Go(Session.Index + 1);

    private async Task SubmitAsync()
    {
        _confirming = false;
        await Session.SubmitAsync();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
