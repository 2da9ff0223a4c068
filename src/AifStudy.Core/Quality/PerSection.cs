using System.Runtime.CompilerServices;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Quality;

/// <summary>
/// A value a check reads from a section alone (its lines, whether it is a mock exam), computed once a section instead of
/// once a candidate: a section has dozens of candidates. Held as long as the section is.
/// </summary>
internal sealed class PerSection<T>
{
    private readonly ConditionalWeakTable<NoteSection, StrongBox<T>> values = new();
    private readonly ConditionalWeakTable<NoteSection, StrongBox<T>>.CreateValueCallback create;

    public PerSection(Func<NoteSection, T> compute) => create = s => new StrongBox<T>(compute(s));

    public T Of(NoteSection section) => values.GetValue(section, create).Value!;
}

/// <summary>A section's markdown lines, split once a section for every check that reads them.</summary>
internal static class SectionMarkdown
{
    private static readonly PerSection<string[]> LinesOf = new(s => s.Markdown.Split('\n'));

    /// <summary>The lines of <paramref name="section"/>'s markdown (shared: do not change them).</summary>
    public static string[] Lines(NoteSection section) => LinesOf.Of(section);

    /// <summary>The label before a colon near the start of a list item's text ("Training" of "Training: randomly…"), or null.</summary>
    public static string? EntryLabel(string text) =>
        text.AsSpan(0, Math.Min(text.Length, MaxLabelEnd)).IndexOfAny(':', '：') is > 0 and var colon ? text[..colon] : null;

    private const int MaxLabelEnd = 31;
}
