using AifStudy.Web.Components.Pages.Import;
using AifStudy.Web.Tests.TestSupport;
using Bunit;

namespace AifStudy.Web.Tests.Components.Pages.Import;

public sealed class ImportStatusTests : BunitContext, IAsyncLifetime
{
    // "# A", then a byte sequence that is not UTF-8 on line 2.
    private static readonly byte[] InvalidUtf8 = [0x23, 0x20, 0x41, 0x0A, 0xC3, 0x28];

    private ImportHarness? _harness;

    public async Task InitializeAsync()
    {
        var content = TempContentFolder.CopyOfRepoContent();
        content.Write("broken.md", InvalidUtf8);
        _harness = await ImportHarness.CreateAsync(content);
        Services.AddPortalServices(_harness);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Before_the_first_import_the_page_says_so()
    {
        var cut = Render<ImportStatus>();

        cut.WaitForAssertion(() => Assert.Equal("Nothing has been imported yet.", cut.Find("p.muted").TextContent));
        Assert.Empty(cut.FindAll("table.report"));
    }

    [Fact]
    public async Task The_last_run_shows_its_counts_and_a_row_per_file_with_failures_first()
    {
        await _harness!.Importer.ImportAsync();

        var cut = Render<ImportStatus>();
        cut.WaitForElement("table.report");

        Assert.Equal(
            ["5 added", "0 updated", "0 unchanged", "0 removed", "1 failed"],
            cut.FindAll("[data-testid=import-summary] .stat").Select(s => $"{s.QuerySelector(".n")!.TextContent} {s.QuerySelector(".l")!.TextContent}"));
        var rows = cut.FindAll("table.report tbody tr")
            .Select(r => (File: r.Children[0].TextContent, Result: r.Children[1].TextContent))
            .ToList();
        Assert.Equal(
            [
                ("broken.md", "Failed"),
                ("domain-2-genai-fundamentals.md", "Added"),
                ("domain-3-fm-applications.md", "Added"),
                ("foundation-model-basics.md", "Added"),
                ("genai-fundamentals-bilingual.md", "Added"),
                ("llm-basics.md", "Added"),
            ],
            rows);
        cut.FindAll("table.report tbody tr")[0].MarkupMatches(
            """
            <tr>
              <td><code>broken.md</code></td>
              <td><span class="badge fail">Failed</span></td>
              <td class="msg"><div>broken.md: invalid UTF-8 at byte 4 (line 2)</div></td>
            </tr>
            """);
    }

    [Fact]
    public async Task Each_imported_note_lists_its_sections_by_exam_domain()
    {
        await _harness!.Importer.ImportAsync();

        var cut = Render<ImportStatus>();
        cut.WaitForElement("table.report");

        var rows = cut.FindAll("table.report tbody tr");
        string Domains(string file) => System.Text.RegularExpressions.Regex.Replace(
            rows.Single(r => r.Children[0].TextContent == file).QuerySelector("[data-testid=import-domains]")?.TextContent ?? "", @"\s+", " ").Trim();

        // The lecture notes label every lesson with its task statement; a failed file has no sections.
        Assert.Contains("domain 3: ", Domains("domain-3-fm-applications.md"), StringComparison.Ordinal);
        Assert.DoesNotContain("domain 2", Domains("domain-3-fm-applications.md"), StringComparison.Ordinal);
        Assert.StartsWith("Sections by exam domain: domain 2: ", Domains("domain-2-genai-fundamentals.md"), StringComparison.Ordinal);
        Assert.Equal("", Domains("broken.md"));
    }

    [Fact]
    public void Re_importing_from_the_page_shows_the_new_run()
    {
        var cut = Render<ImportStatus>();
        cut.WaitForAssertion(() => Assert.Equal("Nothing has been imported yet.", cut.Find("p.muted").TextContent));

        cut.Find("button").Click();

        // A real import of six files: bUnit's default one-second wait is too short on a busy machine.
        cut.WaitForAssertion(() => Assert.Equal(6, cut.FindAll("table.report tbody tr").Count), TimeSpan.FromSeconds(30));
        Assert.Equal("Re-import now", cut.Find("button").TextContent);
        Assert.Contains("Last import just now", cut.Find("p.muted").TextContent, StringComparison.Ordinal);
    }
}
