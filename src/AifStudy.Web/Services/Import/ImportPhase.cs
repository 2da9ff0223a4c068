namespace AifStudy.Web.Services.Import;

/// <summary>
/// The steps of an import that <see cref="ImportTimings"/> keeps apart. Parse, cards, search entries and reading a file run
/// on the preparing thread (timed by <see cref="FilePreparer"/>), the rest on the writing thread (timed by
/// <see cref="ContentImporter"/>).
/// </summary>
internal enum ImportPhase
{
    /// <summary>Listing what is stored, reading, hashing and decoding files.</summary>
    Read,

    /// <summary>Parsing and mapping to rows (sections, structure JSON, mindmap).</summary>
    Parse,

    /// <summary>Generating the cards of a note.</summary>
    Cards,

    /// <summary>Folding the text of new sections and cards and making their search grams.</summary>
    SearchEntries,

    /// <summary>The writing thread waiting for the next prepared file.</summary>
    Waiting,

    /// <summary>Loading a changed note, looking up stored cards and inserting notes, sections and new cards.</summary>
    Rows,

    /// <summary>Saving tracked changes (updated notes, changed cards, the run's report).</summary>
    Save,

    /// <summary>Writing search index rows (new notes as they are stored, updated ones before the commit).</summary>
    SearchIndex,

    /// <summary>Committing the transaction.</summary>
    Commit,
}
