using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Components.Pages.Quiz;
using AifStudy.Web.Tests.TestSupport;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages.Quiz;

/// <summary>The practice setup offers what the portal writes: no kind that is never generated.</summary>
public sealed class QuizSetupPageTests : BunitContext, IAsyncLifetime
{
    private QuizHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await QuizHarness.CreateAsync();
        Services.AddPortalServices(_harness.Review.Import);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void No_kind_the_generators_leave_out_is_offered()
    {
        var cut = Render<QuizPage>();
        cut.WaitForElement("form.quiz-setup", TimeSpan.FromSeconds(15));

        var offered = cut.FindAll("input[data-kind]").Select(i => Enum.Parse<QuestionKind>(i.GetAttribute("data-kind")!)).ToList();

        // One kind written is no choice: then the kinds are not asked at all.
        Assert.All(offered, k => Assert.Contains(k, GenerationOptions.Default.QuestionKinds));
        Assert.Equal(GenerationOptions.Default.QuestionKinds.Count > 1, cut.FindAll("fieldset.quiz-kinds").Count == 1);
        Assert.DoesNotContain(offered, k => k == QuestionKind.Cloze);
        Assert.Null(cut.Find("button.quiz-start").GetAttribute("disabled"));
        Assert.Contains("(", cut.Find("[data-testid=quiz-scope] option").TextContent, StringComparison.Ordinal);
    }
}
