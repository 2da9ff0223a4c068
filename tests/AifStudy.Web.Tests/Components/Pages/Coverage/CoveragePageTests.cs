using AifStudy.Web.Components.Pages.Coverage;
using AifStudy.Web.Tests.TestSupport;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages.Coverage;

/// <summary>The coverage map over the notes in content/, imported into real SQLite, and over a note that covers security.</summary>
public sealed class CoveragePageTests : BunitContext, IAsyncLifetime
{
    private ImportHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _harness = await ImportHarness.CreateAsync();
        await _harness.Importer.ImportAsync();
        Services.AddPortalServices(_harness);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Every_task_statement_has_a_row_and_the_uncovered_domains_stand_out()
    {
        var cut = Render<CoveragePage>();
        cut.WaitForElement("[data-testid=coverage-domain-5]");

        Assert.Equal("true", cut.Find("[data-testid=coverage-ready]").GetAttribute("data-interactive"));
        Assert.Equal(14, cut.FindAll("[data-testid=coverage-row]").Count);
        Assert.Contains("domains 4 and 5", cut.Find("[data-testid=coverage-uncovered]").TextContent, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=coverage-domain-4] tr[data-task]"), r => Assert.Contains("gap", r.ClassName, StringComparison.Ordinal));

        // The domain 3 lecture note labels its lessons "任务陈述 3.1" …: its questions count under 3.1.
        var row = cut.Find("tr[data-task='3.1']");
        Assert.NotEqual("0", row.QuerySelector("[data-testid=questions]")!.TextContent);
        Assert.NotEqual("0", row.QuerySelector("[data-testid=cards]")!.TextContent);
        Assert.Contains(row.QuerySelectorAll("details a"), a => a.GetAttribute("href")!.StartsWith("notes/domain-3-fm-applications#", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_note_on_securing_ai_systems_fills_its_task_statement()
    {
        _harness.Content.Write("security.md", """
            # Securing AI workloads

            ## Protecting data

            - **Amazon Macie**: finds and protects sensitive data such as personal information stored in Amazon S3
            - **AWS PrivateLink**: keeps traffic between your VPC and AWS services on the private AWS network
            - **AWS KMS**: creates and controls the encryption keys that protect your data at rest
            - **IAM role**: an identity with permissions that a service or user assumes to call AWS APIs
            """);
        await _harness.Importer.ImportAsync();

        var cut = Render<CoveragePage>();
        cut.WaitForElement("[data-testid=coverage-domain-5]");

        var row = cut.Find("tr[data-task='5.1']");
        Assert.DoesNotContain("gap", row.ClassName ?? "", StringComparison.Ordinal);
        Assert.Equal("4", row.QuerySelector("[data-testid=cards]")!.TextContent);
        Assert.Contains("domain 4", cut.Find("[data-testid=coverage-uncovered]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("5", cut.Find("[data-testid=coverage-uncovered]").TextContent.Split('(')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_task_statement_with_questions_links_to_a_quiz_and_a_review_on_it_and_one_is_marked_to_study_next()
    {
        var cut = Render<CoveragePage>();
        cut.WaitForElement("[data-testid=coverage-domain-5]");

        var row = cut.Find("tr[data-task='3.1']");
        Assert.Equal("quiz?task=3.1", row.QuerySelector("[data-testid=task-quiz]")!.GetAttribute("href"));
        Assert.Equal("review?task=3.1", row.QuerySelector("[data-testid=task-review]")!.GetAttribute("href"));
        Assert.Equal("—", row.QuerySelector("[data-testid=right]")!.TextContent);
        Assert.Single(cut.FindAll("[data-testid=study-next]"));
        Assert.Empty(cut.FindAll("[data-testid=coverage-domain-4] [data-testid=task-quiz]"));
    }

    [Fact]
    public void A_section_moved_to_another_task_statement_shows_there_as_the_learners_correction_until_undone()
    {
        var cut = Render<CoveragePage>();
        cut.WaitForElement("[data-testid=coverage-domain-5]");
        var sections = int.Parse(cut.Find("tr[data-task='3.1'] [data-testid=sections]").TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var item = cut.Find("tr[data-task='3.1'] details.coverage-sections li");
        var title = item.QuerySelector("a")!.TextContent;

        item.QuerySelector("[data-testid=move-task]")!.Change("5.2");
        item.QuerySelector("[data-testid=move-section]")!.Click();

        cut.WaitForAssertion(() => Assert.Contains(title, cut.Find("tr[data-task='5.2']").TextContent, StringComparison.Ordinal));
        Assert.Contains("as you set it", cut.Find("tr[data-task='5.2']").TextContent, StringComparison.Ordinal);
        Assert.True(int.Parse(cut.Find("tr[data-task='3.1'] [data-testid=sections]").TextContent, System.Globalization.CultureInfo.InvariantCulture) < sections);
        Assert.Contains("Task 5.2", cut.Find("[data-testid=coverage-corrections]").TextContent, StringComparison.Ordinal);

        cut.Find("[data-testid=coverage-corrections] button").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=coverage-corrections]")));
        Assert.Equal(sections.ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Find("tr[data-task='3.1'] [data-testid=sections]").TextContent);
    }
}
