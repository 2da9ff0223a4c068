using AifStudy.Web.Data;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using Microsoft.AspNetCore.Components;

namespace AifStudy.Web.Components.Pages.Quiz;

/// <summary>Practice setup: scope (from the query string when a note page links here), count and kinds.</summary>
public sealed partial class QuizPage
{
    [Inject] private QuestionPool Pool { get; set; } = null!;

    [Inject] private QuizStarter Starter { get; set; } = null!;

    [Inject] private QuizAttempts Attempts { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private NoteCatalog Catalog { get; set; } = null!;

    // Text, not int?: a number that does not parse must reach the page as a message, not as an exception.
    [SupplyParameterFromQuery(Name = "domain")] public string? Domain { get; set; }

    [SupplyParameterFromQuery(Name = "note")] public string? Note { get; set; }

    [SupplyParameterFromQuery(Name = "section")] public string? Section { get; set; }

    [SupplyParameterFromQuery(Name = "task")] public string? TaskStatement { get; set; }

    [Inject] private AifStudy.Web.Services.Exam.ExamPlacements Placements { get; set; } = null!;

    // The kinds the generators write, in the order of the enum.
    private static readonly IReadOnlyList<AifStudy.Core.Quizzes.QuestionKind> OfferedKinds =
        AifStudy.Core.Quality.GenerationOptions.Default.QuestionKinds.Order().ToList();

    private QuizSetupForm Form { get; } = new();

    private ScopeQueryResult? _scope;
    private List<QuizScopeOption>? _scopes;
    private int? _openExam;
    private int _mistakes;
    private string? _message;
    private bool _busy;

    // A valid note or section scope the pool has no question for.
    private bool NoQuestionsInScope =>
        _scope is { IsValid: true } asked && asked.Scope != StudyScope.All && _scopes is not null && !_scopes.Any(s => s.Scope == asked.Scope && s.QuestionCount > 0);

    protected override async Task OnParametersSetAsync()
    {
        _scope = await Catalog.ReadScopeAsync(Domain, Note, Section, TaskStatement);
        // The notes' tree, then the exam's task statements (as this learner's corrections place the sections).
        _scopes = [.. await Pool.GetScopesAsync(), .. await Pool.GetTaskScopesAsync(await Placements.ForDrawAsync(Learner.DefaultId))];
        Form.ScopeIndex = Math.Max(0, _scopes.ToList().FindIndex(s => s.Scope == _scope.Scope));
        _openExam = await Attempts.FindOpenExamAsync(Learner.DefaultId);
        _mistakes = await Starter.CountMistakesAsync(Learner.DefaultId);
    }

    private async Task StartAsync()
    {
        if (_scopes is null || _busy)
        {
            return;
        }

        _busy = true;
        try
        {
            var scope = _scopes[Math.Clamp(Form.ScopeIndex, 0, _scopes.Count - 1)];
            var start = await Starter.StartPracticeAsync(Learner.DefaultId, Form.ToSetup(scope.Scope), scope.Label);
            if (start.QuestionCount == 0)
            {
                _message = start.Shortfall;
                return;
            }

            Navigation.NavigateTo($"quiz/{start.AttemptId}");
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RetryAsync()
    {
        _busy = true;
        try
        {
            var start = await Starter.StartRetryAsync(Learner.DefaultId, QuizSetup.MaxCount);
            if (start.QuestionCount > 0)
            {
                Navigation.NavigateTo($"quiz/{start.AttemptId}");
            }
        }
        finally
        {
            _busy = false;
        }
    }
}
