using AifStudy.Core.Flashcards;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Search;

namespace AifStudy.Web.Services.Import;

/// <summary>
/// What the preparing thread made of one file (<see cref="FilePreparer"/>), for the writing thread: one of four outcomes,
/// each carrying what the writer needs for it and nothing else.
/// </summary>
internal abstract record PreparedFile(string Path)
{
    /// <summary>Same bytes, parser and card sync as the stored note (<see cref="StoredNote.IsCurrent"/>): nothing to write.</summary>
    public sealed record Unchanged(string Path, StoredNote Stored) : PreparedFile(Path);

    /// <summary>The file cannot be used (unreadable, too large, not text, unparsable): its stored version, if any, stays.</summary>
    public sealed record Failed(string Path, string Reason) : PreparedFile(Path);

    /// <summary>
    /// A stored note whose file changed: its new content and sections replace the stored ones in place (same id). Cards are
    /// null when their generator failed; the stored cards then stay and are retried next import.
    /// </summary>
    public sealed record Changed(string Path, StoredNote Stored, NoteContent Content, IReadOnlyList<GeneratedCard>? Cards) : PreparedFile(Path);

    /// <summary>
    /// A file no stored note has: the note with its slug and content (no id yet), its sections, cards (null when their
    /// generator failed) and the search entries of those sections and cards, in the same order.
    /// </summary>
    public sealed record New(
        string Path,
        Note Note,
        IReadOnlyList<Section> Sections,
        IReadOnlyList<GeneratedCard>? Cards,
        IReadOnlyList<SearchEntry> SectionEntries,
        IReadOnlyList<SearchEntry> CardEntries) : PreparedFile(Path);
}
