using AifStudy.Web.Data;

namespace AifStudy.Web.Components.Feedback;

/// <summary>What the learner picked in a <see cref="ReportForm"/>.</summary>
public sealed record ReportChoice(ReportReason Reason, string? Comment);
