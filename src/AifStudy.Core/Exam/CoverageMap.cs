namespace AifStudy.Core.Exam;

/// <summary>A section with a body as the coverage map counts it: where it is, where the classifier placed it, and what it yields.</summary>
/// <param name="NoteSlug">The note's slug.</param>
/// <param name="NoteTitle">The note's title.</param>
/// <param name="Anchor">The section's anchor.</param>
/// <param name="Title">The section's title.</param>
/// <param name="Classification">Its place in the exam guide (<see cref="SectionClassifier"/>).</param>
/// <param name="Cards">Active cards made from it.</param>
/// <param name="Questions">Quiz questions made from it.</param>
public sealed record CoverageSection(string NoteSlug, string NoteTitle, string Anchor, string Title, SectionClassification Classification, int Cards, int Questions);

/// <summary>One task statement of the coverage map: the sections placed under it and what they yield.</summary>
/// <param name="Task">The task statement.</param>
/// <param name="Sections">Its sections, surest first.</param>
public sealed record CoverageRow(TaskStatement Task, IReadOnlyList<CoverageSection> Sections)
{
    /// <summary>Fewer cards and questions than this together is thin study material for a task statement.</summary>
    public const int ThinBelow = 5;

    /// <summary>Cards from its sections.</summary>
    public int Cards => Sections.Sum(s => s.Cards);

    /// <summary>Questions from its sections.</summary>
    public int Questions => Sections.Sum(s => s.Questions);

    /// <summary>Notes with a section under it.</summary>
    public int Notes => Sections.Select(s => s.NoteSlug).Distinct(StringComparer.Ordinal).Count();

    /// <summary>No section is placed under it: nothing in the notes covers it.</summary>
    public bool IsGap => Sections.Count == 0;

    /// <summary>Sections are placed under it, but they yield fewer than <see cref="ThinBelow"/> cards and questions.</summary>
    public bool IsThin => !IsGap && Cards + Questions < ThinBelow;
}

/// <summary>
/// The fourteen task statements against the notes' sections, cards and questions, so that gaps (a task statement no
/// section covers) and thin spots stand out; sections the classifier could not place are listed apart.
/// </summary>
/// <param name="Rows">One row per task statement, in exam order.</param>
/// <param name="Unplaced">Sections with a body that name nothing of the exam.</param>
public sealed record CoverageMap(IReadOnlyList<CoverageRow> Rows, IReadOnlyList<CoverageSection> Unplaced)
{
    /// <summary>The map of <paramref name="sections"/>: each under its task statement, surest first.</summary>
    public static CoverageMap Build(IEnumerable<CoverageSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var all = sections.ToList();
        var rows = ExamGuide.TaskStatements
            .Select(t => new CoverageRow(t, [.. all.Where(s => s.Classification.TaskId == t.Id)
                .OrderByDescending(s => s.Classification.TaskConfidence).ThenBy(s => s.NoteSlug, StringComparer.Ordinal)]))
            .ToList();
        return new CoverageMap(rows, [.. all.Where(s => ExamGuide.Find(s.Classification.TaskId) is null)]);
    }

    /// <summary>The rows of domain <paramref name="domain"/>.</summary>
    public IEnumerable<CoverageRow> InDomain(int domain) => Rows.Where(r => r.Task.Domain == domain);

    /// <summary>Domains none of whose task statements has a section.</summary>
    public IReadOnlyList<int> UncoveredDomains => [.. Enumerable.Range(1, 5).Where(d => InDomain(d).All(r => r.IsGap))];
}
