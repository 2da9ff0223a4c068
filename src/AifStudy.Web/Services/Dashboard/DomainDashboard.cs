namespace AifStudy.Web.Services.Dashboard;

/// <summary>One AIF-C01 domain on the dashboard (<see cref="Domain"/> null for notes without a domain).</summary>
public sealed record DomainDashboard(
    int? Domain,
    string Name,
    string ChineseName,
    int Notes,
    int SectionsRead,
    int SectionsTotal,
    CardStateCounts Cards,
    DomainQuizScore? LastQuiz);
