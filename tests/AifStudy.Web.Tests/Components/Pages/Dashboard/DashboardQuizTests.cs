using System.Globalization;
using AifStudy.Web.Components.Pages;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's quiz panels fed by stored attempts (<see cref="QuizSummarySource"/> over real SQLite), not by a
/// stand-in: quizzes taken through <see cref="QuizStarter"/> and <see cref="QuizAttempts"/> show up as the last score per domain and in the trend.
/// </summary>
public sealed class DashboardQuizTests : BunitContext, IAsyncLifetime
{
    private ImportHarness _harness = null!;
    private QuizStarter _starter = null!;
    private QuizAttempts _attempts = null!;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        _starter = Services.GetRequiredService<QuizStarter>();
        _attempts = Services.GetRequiredService<QuizAttempts>();
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Finished_quizzes_show_as_the_last_score_of_each_domain_and_as_the_trend_oldest_first()
    {
        // Day 1: domain 2, all right. Day 2: domain 2 again, one right. Day 3: domain 3, all wrong.
        await TakeQuizAsync(day: 0, domain: 2, right: int.MaxValue);
        var (domain2Total, _) = await TakeQuizAsync(day: 1, domain: 2, right: 1);
        await TakeQuizAsync(day: 2, domain: 3, right: 0);
        // An unfinished quiz counts nowhere yet: domain 2 keeps the score of its last finished quiz.
        _harness.Clock.Now = ImportHarness.FirstImportAt.AddDays(3);
        await _starter.StartPracticeAsync(Learner.DefaultId, new QuizSetup(StudyScope.ForDomain(2), 3, QuizSetup.AllKinds), "domain 2", seed: 4);

        var cut = Render<Home>();
        cut.WaitForElement("[data-testid=dashboard]");

        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{100.0 / domain2Total:0}%"), Quiz(cut, 2));
        Assert.Equal("0%", Quiz(cut, 3));
        Assert.Equal("no quizzes yet", Quiz(cut, 1));
        var points = cut.FindAll(".line-chart circle.point title").Select(t => t.TextContent).ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal("03-01: 100%", points[0]);
        Assert.StartsWith("03-02: ", points[1], StringComparison.Ordinal);
        Assert.Equal("03-03: 0%", points[2]);
    }

    private static string Quiz(IRenderedComponent<Home> cut, int domain) =>
        cut.Find($".dash-domain[data-domain='{domain}'] [data-testid=quiz]").TextContent;

    // A finished practice quiz of up to three questions of a domain, the first `right` answered right, the rest wrong.
    private async Task<(int Total, int Right)> TakeQuizAsync(int day, int domain, int right)
    {
        _harness.Clock.Now = ImportHarness.FirstImportAt.AddDays(day).AddHours(1);
        var start = await _starter.StartPracticeAsync(Learner.DefaultId, new QuizSetup(StudyScope.ForDomain(domain), 3, QuizSetup.AllKinds), $"domain {domain}", seed: day);
        Assert.InRange(start.QuestionCount, 2, 3);
        var view = (await _attempts.GetAsync(Learner.DefaultId, start.AttemptId))!;
        foreach (var q in view.Questions)
        {
            var answer = q.Position < right ? QuizHarness.Right(q.Question) : QuizHarness.Wrong(q.Question);
            Assert.NotNull(await _attempts.AnswerAsync(Learner.DefaultId, start.AttemptId, q.Position, answer));
        }

        Assert.True((await _attempts.GetAsync(Learner.DefaultId, start.AttemptId))!.IsEnded);
        return (start.QuestionCount, Math.Min(right, start.QuestionCount));
    }
}
