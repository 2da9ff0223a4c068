using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using AifStudy.Web.Components.Pages.Quiz;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public void A_note_without_questions_says_so_and_points_to_its_cards()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("note", "domain-2-genai-fundamentals"));
        var cut = Render<QuizPage>();
        cut.WaitForElement("form.quiz-setup", TimeSpan.FromSeconds(15));

        var notice = cut.Find("[data-testid=quiz-scope-empty]");
        Assert.Contains("this note", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("cards?note=domain-2-genai-fundamentals", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_note_with_questions_is_set_up_without_a_notice()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("note", "domain-3-fm-applications"));
        var cut = Render<QuizPage>();
        cut.WaitForElement("form.quiz-setup", TimeSpan.FromSeconds(15));

        Assert.Empty(cut.FindAll("[data-testid=quiz-scope-empty]"));
        Assert.Contains("领域 3", cut.Find("[data-testid=quiz-scope] option:checked").TextContent, StringComparison.Ordinal);
    }
}
