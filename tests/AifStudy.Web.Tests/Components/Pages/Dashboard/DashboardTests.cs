using AifStudy.Core.Scheduling;
using AifStudy.Web.Components.Pages;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Dashboard;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Reading;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Components.Pages.Dashboard;

/// <summary>The home page's dashboard over real SQLite: without any study yet, and after reading, reviews and quizzes.</summary>
public sealed class DashboardTests : BunitContext, IAsyncLifetime
{
    private ImportHarness? _harness;

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Without_any_notes_the_dashboard_says_there_is_nothing_yet()
    {
        await ImportAsync(TempContentFolder.Empty());

        var cut = RenderHome();

        Assert.Equal("Nothing read yet", cut.Find("[data-testid=continue] .dash-main").TextContent);
        Assert.Equal("0 cards", cut.Find("[data-testid=due] .dash-main").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=due] a[href='review?scope=all']"));
        Assert.Equal("0 days", cut.Find("[data-testid=streak] .dash-main").TextContent);
        Assert.Equal(5, cut.FindAll(".dash-domain").Count);
        Assert.All(cut.FindAll(".dash-domain [data-testid=notes]"), dd => Assert.Equal("0", dd.TextContent));
        Assert.Contains("No reviews yet", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("No quizzes yet", cut.Markup, StringComparison.Ordinal);
        Assert.Equal("No notes yet — put markdown files in content/, grouped by exam domain.", cut.Find(".hero p").TextContent);
    }

    [Fact]
    public async Task Before_any_study_the_notes_are_counted_and_new_cards_wait()
    {
        await ImportAsync();

        var cut = RenderHome();

        Assert.Equal("Nothing read yet", cut.Find("[data-testid=continue] .dash-main").TextContent);
        Assert.Equal("20 cards", cut.Find("[data-testid=due] .dash-main").TextContent);
        Assert.Equal("review?scope=all", cut.Find("[data-testid=due] a.button").GetAttribute("href"));
        var domain2 = Domain(cut, 2);
        Assert.Equal("3", domain2.QuerySelector("[data-testid=notes]")!.TextContent);
        Assert.Equal("0 / 33", domain2.QuerySelector("[data-testid=sections]")!.TextContent.Trim());
        Assert.Equal("no quizzes yet", domain2.QuerySelector("[data-testid=quiz]")!.TextContent);
        Assert.All(cut.FindAll("[data-testid=note-progress] .label"), label => Assert.StartsWith("0 / ", label.TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("rect.heat-cell"));

        // No answers yet: no estimate, said so, and a task statement to start on with its quiz and review.
        cut.WaitForAssertion(() => Assert.Equal("No estimate yet", cut.Find("[data-testid=readiness-score]").TextContent));
        Assert.Contains("Answer at least 30 quiz or exam questions", cut.Find("[data-testid=readiness]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Nothing answered or reviewed yet.", cut.Find("[data-testid=readiness-basis]").TextContent);
        var next = cut.Find("[data-testid=study-next]");
        Assert.Contains("Not tested yet.", next.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(next.QuerySelectorAll("a[href^='quiz?task='], a[href^='review?task=']"));
    }

    [Fact]
    public async Task After_reading_reviewing_and_quizzing_the_dashboard_shows_it_all()
    {
        await ImportAsync(quizzes: new FixedQuizSummary(new QuizSummary(
            [new DomainQuizScore(2, 60, ImportHarness.FirstImportAt), new DomainQuizScore(2, 85, ImportHarness.FirstImportAt.AddDays(2))],
            [new QuizTrendPoint(ImportHarness.FirstImportAt, 60), new QuizTrendPoint(ImportHarness.FirstImportAt.AddDays(2), 85)])));
        var clock = _harness!.Clock;
        var reading = new ReadingService(_harness.Database, clock);
        var recorder = Services.GetRequiredService<ReviewRecorder>();
        var domain1Cards = await CardIdsAsync(domain: 1, count: 4);
        for (var day = 0; day < 3; day++)
        {
            clock.Now = ImportHarness.FirstImportAt.AddDays(day);
            await recorder.RateAsync(Learner.DefaultId, domain1Cards[day], Rating.Good);
        }

        await MakeMatureAsync(domain1Cards[3]);
        await reading.SetReadAsync(Learner.DefaultId, "foundation-model-basics", "自监督学习", read: true);
        clock.Now = clock.Now.AddMinutes(5);
        await reading.SetReadAsync(Learner.DefaultId, "llm-basics", await FirstReadableAnchorAsync("llm-basics"), read: true);

        var cut = RenderHome();

        var continueLink = cut.Find("[data-testid=continue] a.dash-main");
        Assert.StartsWith("notes/llm-basics#", continueLink.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("in 大语言模型基础笔记", cut.Find("[data-testid=continue] .dash-sub").TextContent);
        Assert.Equal("3 days", cut.Find("[data-testid=streak] .dash-main").TextContent);
        Assert.Equal("Reviewed today. Keep it going tomorrow.", cut.Find("[data-testid=streak] .dash-sub").TextContent);

        var domain1 = Domain(cut, 1);
        Assert.Equal("1 / 19", domain1.QuerySelector("[data-testid=sections]")!.TextContent.Trim());
        Assert.EndsWith("· 3 learning · 1 mature", domain1.QuerySelector(".card-states")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("85%", Domain(cut, 2).QuerySelector("[data-testid=quiz]")!.TextContent);
        Assert.Equal("no quizzes yet", Domain(cut, 3).QuerySelector("[data-testid=quiz]")!.TextContent);

        Assert.Equal(3, cut.FindAll("rect.heat-cell").Count(c => !c.ClassList.Contains("l0")));
        Assert.Equal(2, cut.FindAll(".line-chart circle.point").Count);

        var progress = cut.FindAll("a.note-card").Single(a => a.GetAttribute("href") == "notes/foundation-model-basics").QuerySelector("[data-testid=note-progress] .label")!;
        Assert.Equal("1 / 9 read", progress.TextContent);
    }

    private static AngleSharp.Dom.IElement Domain(IRenderedComponent<Home> cut, int number) =>
        cut.Find($".dash-domain[data-domain='{number}']");

    private async Task ImportAsync(TempContentFolder? content = null, IQuizSummarySource? quizzes = null)
    {
        _harness = await ImportHarness.CreateAsync(content);
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        if (quizzes is not null)
        {
            Services.AddSingleton(quizzes);
        }
    }

    private async Task<List<int>> CardIdsAsync(int domain, int count)
    {
        await using var db = _harness!.Database.CreateDbContext();
        return await db.Cards.Where(c => c.Domain == domain && c.RetiredAt == null).OrderBy(c => c.Id).Select(c => c.Id).Take(count).ToListAsync();
    }

    private async Task<string> FirstReadableAnchorAsync(string slug)
    {
        await using var db = _harness!.Database.CreateDbContext();
        return await db.Sections.Where(s => s.Note!.Slug == slug && s.Level > 0 && !s.IsEmpty).OrderBy(s => s.Position).Select(s => s.Anchor).FirstAsync();
    }

    // A card reviewed long enough ago to be stable for a month: what months of reviews would leave behind.
    private async Task MakeMatureAsync(int cardId)
    {
        await using var db = _harness!.Database.CreateDbContext();
        db.CardProgress.Add(new CardProgress
        {
            LearnerId = Learner.DefaultId, CardId = cardId, State = CardState.Review, Stability = 30, Difficulty = 5,
            Due = _harness.Clock.Now.AddDays(20), LastReview = _harness.Clock.Now.AddDays(-10), Reps = 6,
        });
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<Home> RenderHome()
    {
        var cut = Render<Home>();
        cut.WaitForElement("[data-testid=dashboard]");
        return cut;
    }

    private sealed class FixedQuizSummary(QuizSummary summary) : IQuizSummarySource
    {
        public Task<QuizSummary> GetAsync(int learnerId, CancellationToken cancellationToken = default) => Task.FromResult(summary);
    }
}
