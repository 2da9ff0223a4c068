using AifStudy.Core.Exam;

namespace AifStudy.Web.Services.Exam;

/// <summary>A section with a body and its place in the exam guide.</summary>
/// <param name="Index">Its index in the note.</param>
/// <param name="Anchor">Its anchor.</param>
/// <param name="Title">Its title.</param>
/// <param name="Placed">Where it is placed, with the learner's corrections applied.</param>
public sealed record PlacedSection(int Index, string Anchor, string Title, SectionClassification Placed);

/// <summary>A stored note and its sections with a body, placed.</summary>
/// <param name="Slug">The note's slug.</param>
/// <param name="Title">The note's title.</param>
/// <param name="Sections">Its sections with a body, in document order.</param>
public sealed record PlacedNote(string Slug, string Title, IReadOnlyList<PlacedSection> Sections);

/// <summary>A learner's correction as the map holds it: for a section (by anchor) or, with an empty anchor, the whole note.</summary>
public sealed record Correction(string NoteSlug, string SectionAnchor, int Domain, string? TaskId)
{
    /// <summary>True when it corrects the whole note.</summary>
    public bool IsWholeNote => SectionAnchor.Length == 0;
}

/// <summary>
/// Every stored section with a body, placed in the exam guide for one learner (<see cref="ExamPlacements"/>): the
/// classifier's answer, with the learner's corrections applied. Draws and scopes use <see cref="Corrected"/> to move the
/// questions of corrected sections; the coverage map and the readiness estimate read every placement.
/// </summary>
public sealed class PlacementMap
{
    private readonly Dictionary<(string Slug, string Anchor), SectionClassification> _bySection = [];

    public PlacementMap(IReadOnlyList<PlacedNote> notes, IReadOnlyList<Correction> corrections, IReadOnlyDictionary<(string Slug, string Anchor), SectionClassification> corrected)
    {
        Notes = notes;
        Corrections = corrections;
        Corrected = corrected;
        foreach (var note in notes)
        {
            foreach (var section in note.Sections)
            {
                _bySection.TryAdd((note.Slug, section.Anchor), section.Placed);
            }
        }
    }

    /// <summary>The notes in slug order.</summary>
    public IReadOnlyList<PlacedNote> Notes { get; }

    /// <summary>The learner's corrections.</summary>
    public IReadOnlyList<Correction> Corrections { get; }

    /// <summary>The sections whose place the learner's corrections changed, by note slug and anchor.</summary>
    public IReadOnlyDictionary<(string Slug, string Anchor), SectionClassification> Corrected { get; }

    /// <summary>Where the section is placed, or null for a section without a body or one not stored.</summary>
    public SectionClassification? Of(string noteSlug, string anchor) => _bySection.GetValueOrDefault((noteSlug, anchor));

    /// <summary>The domain and task statement of a question or card from this section: corrected, else as it was generated.</summary>
    public (int? Domain, string? TaskId) Apply(string noteSlug, string anchor, int? domain, string? taskId) =>
        Corrected.TryGetValue((noteSlug, anchor), out var c) ? (c.Domain, c.TaskId) : (domain, taskId);

    /// <summary>The sections placed under task statement <paramref name="taskId"/>.</summary>
    public IReadOnlyList<(string Slug, string Anchor)> SectionsOf(string taskId) =>
        [.. Notes.SelectMany(n => n.Sections.Where(s => s.Placed.TaskId == taskId).Select(s => (n.Slug, s.Anchor)))];

    /// <summary>The learner's correction of the note or of the section, or null.</summary>
    public Correction? CorrectionOf(string noteSlug, string? anchor = null) =>
        Corrections.FirstOrDefault(c => c.NoteSlug == noteSlug && c.SectionAnchor == (anchor ?? ""));
}
