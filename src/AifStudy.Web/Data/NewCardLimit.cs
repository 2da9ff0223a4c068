namespace AifStudy.Web.Data;

/// <summary>A learner's daily new-card limit for one domain ("domain:2") or note ("note:llm-basics"), under the overall one.</summary>
public sealed class NewCardLimit
{
    public int LearnerId { get; set; }

    /// <summary>"domain:N" or "note:slug" (<see cref="Core.Scheduling.NewCardLimits.ParseKey"/>).</summary>
    public required string Scope { get; set; }

    public int PerDay { get; set; }
}
