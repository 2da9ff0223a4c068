using AifStudy.Web.Components.Feedback;
using AifStudy.Web.Data;
using Bunit;

namespace AifStudy.Web.Tests.Components.Feedback;

/// <summary>
/// The report form's send button works before a reason is chosen (a disabled default button made Enter in the comment do
/// nothing until the server's render after the choice arrived: a keyboard race seen in a clean-clone CI run).
/// </summary>
public sealed class ReportFormTests : BunitContext
{
    private readonly List<ReportChoice> _reports = [];

    public ReportFormTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    private IRenderedComponent<ReportForm> RenderForm() =>
        Render<ReportForm>(p => p.Add(c => c.OnReport, (ReportChoice r) => _reports.Add(r)));

    [Fact]
    public void The_send_button_is_enabled_before_a_reason_is_chosen() =>
        Assert.False(RenderForm().Find("[data-testid=report-submit]").HasAttribute("disabled"));

    [Fact]
    public void Sending_without_a_reason_asks_for_one_and_reports_nothing()
    {
        var cut = RenderForm();

        cut.Find("form").Submit();

        Assert.Empty(_reports);
        Assert.Contains("Choose what is wrong first", cut.Find("[data-testid=report-ask]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Sending_with_a_reason_and_a_comment_reports_them()
    {
        var cut = RenderForm();

        cut.Find("input[value=Unclear]").Change(true);
        cut.Find("[data-testid=report-comment]").Change("the back lists another term");
        cut.Find("form").Submit();

        Assert.Equal([new ReportChoice(ReportReason.Unclear, "the back lists another term")], _reports);
        Assert.Empty(cut.FindAll("[data-testid=report-ask]"));
    }
}
