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
