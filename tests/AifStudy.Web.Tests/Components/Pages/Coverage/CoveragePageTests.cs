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
}
