namespace AifStudy.Web.Services;

/// <summary>Where the notes live and how the importer treats them. Bound from the "Content" section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder. Relative paths are taken from the content root; empty means the
    /// <c>content/</c> folder beside AifStudy.sln, found by walking up from the content root.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>Files larger than this are not imported.</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The SQLite page cache of an import's connection, in MiB (the others keep SQLite's 2 MB). A first import of a
    /// large folder inserts into indexes that outgrow a small cache; 256 MB halved the row inserts of 1,000 notes.
    /// The import's pages stay in it until the commit, so the memory is used only while importing.
    /// </summary>
    public int ImportCacheMebibytes { get; set; } = 256;

    /// <summary>Import the content folder when the app starts.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>
    /// Watch the content folder and import again a moment after a note is saved, added, renamed or deleted
    /// (<see cref="Import.ContentWatcher"/>), so that an open note page shows the change.
    /// </summary>
    public bool Watch { get; set; } = true;
}
