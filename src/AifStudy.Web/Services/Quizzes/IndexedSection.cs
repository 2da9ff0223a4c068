using AifStudy.Core.Notes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>A section of a <see cref="NoteQuestionIndex"/>: what the scope list shows and a section scope follows.</summary>
public sealed record IndexedSection(string Anchor, int? ParentIndex, int Level, string Title)
{
    public static IndexedSection Of(NoteSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new(section.Anchor, section.ParentIndex, section.Level, section.Title);
    }

    /// <summary>The anchors a section scope covers: the section's and, through their parents, its subsections'.</summary>
    public static IReadOnlySet<string> AnchorsUnder(IReadOnlyList<IndexedSection> sections, string anchor)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (section.Anchor == anchor || (section.ParentIndex is { } parent && anchors.Contains(sections[parent].Anchor)))
            {
                anchors.Add(section.Anchor);
            }
        }

        return anchors;
    }
}
