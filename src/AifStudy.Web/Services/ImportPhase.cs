namespace AifStudy.Web.Services;

/// <summary>The steps of an import that <see cref="ImportTimings"/> keeps apart.</summary>
internal enum ImportPhase
{
    /// <summary>Listing what is stored, reading, hashing and decoding files.</summary>
    Read,

    /// <summary>Parsing and mapping to rows (sections, structure JSON, mindmap).</summary>
    Parse,

    /// <summary>Generating the cards of a note.</summary>
    Cards,

    /// <summary>Looking up stored cards and inserting notes, sections and new cards.</summary>
    Rows,

    /// <summary>Saving tracked changes (updated notes, changed cards, the run's report).</summary>
    Save,

    /// <summary>Rebuilding the search index rows of the notes touched.</summary>
    SearchIndex,

    /// <summary>Committing the transaction.</summary>
    Commit,
}
