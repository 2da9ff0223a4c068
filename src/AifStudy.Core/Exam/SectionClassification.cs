namespace AifStudy.Core.Exam;

/// <summary>Where a section's place in the exam guide came from, strongest first.</summary>
public enum ClassificationSource
{
    /// <summary>A learner's correction, for the section or for its whole note.</summary>
    Override,

    /// <summary>The note's front matter (<c>domain</c>, <c>task</c>).</summary>
    FrontMatter,

    /// <summary>A label in the section's heading path ("任务陈述 3.2", "Task Statement 3.2", "領域 3", "Domain 3: …").</summary>
    Label,

    /// <summary>The section's own text: the concepts and AWS services it names.</summary>
    Content,

    /// <summary>Nothing of its own: the section above it (or its note) decided.</summary>
    Parent,

    /// <summary>No evidence at all.</summary>
    None,
}

/// <summary>A section's domain and task statement, how sure the classifier is, and why.</summary>
/// <param name="SectionIndex">The section's index in its note.</param>
/// <param name="Domain">1..5, or null when nothing in the note says.</param>
/// <param name="TaskId">"3.2", or null when only the domain is known (or nothing is).</param>
/// <param name="DomainConfidence">0..1: the share of the evidence that points at <paramref name="Domain"/>.</param>
/// <param name="TaskConfidence">0..1: the share of the evidence that points at <paramref name="TaskId"/>.</param>
/// <param name="Source">Where the answer came from.</param>
public sealed record SectionClassification(int SectionIndex, int? Domain, string? TaskId, double DomainConfidence, double TaskConfidence, ClassificationSource Source)
{
    /// <summary>Below this a classification is shown as a guess.</summary>
    public const double Sure = 0.6;

    /// <summary>True when the task statement is a guess (under <see cref="Sure"/>) rather than known.</summary>
    public bool IsLowConfidence => TaskConfidence < Sure;
}

/// <summary>A learner's correction: a domain and task statement for one section (by anchor) or, with no anchor, a whole note.</summary>
/// <param name="SectionAnchor">The section's anchor, or null for the whole note.</param>
/// <param name="Domain">1..5.</param>
/// <param name="TaskId">"3.2", or null to set the domain only.</param>
public sealed record ClassificationOverride(string? SectionAnchor, int Domain, string? TaskId);
