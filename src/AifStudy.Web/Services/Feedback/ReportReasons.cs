using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Feedback;

/// <summary>How each <see cref="ReportReason"/> is named to the learner, in the order the choice lists them.</summary>
public static class ReportReasons
{
    public static IReadOnlyList<ReportReason> All { get; } = Enum.GetValues<ReportReason>();

    public static string Label(ReportReason reason) => reason switch
    {
        ReportReason.WrongAnswer => "Wrong answer",
        ReportReason.Unclear => "Unclear",
        ReportReason.GivesAnswerAway => "Gives the answer away",
        ReportReason.Duplicate => "Duplicate",
        _ => "Other",
    };
}
