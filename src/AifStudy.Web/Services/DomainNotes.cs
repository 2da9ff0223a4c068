using AifStudy.Core.Notes;

namespace AifStudy.Web.Services;

/// <summary>An AIF-C01 domain and its notes. <see cref="Domain"/> is null for the "Unassigned" group.</summary>
public sealed record DomainNotes(AifDomain? Domain, IReadOnlyList<NoteSummary> Notes)
{
    public string Name => Domain?.Name ?? "Unassigned";

    public string ChineseName => Domain?.ChineseName ?? "未分配";
}
