namespace AifStudy.Core.Flashcards.Export;

/// <summary>One card as it goes into an Anki export.</summary>
/// <param name="FrontHtml">Sanitised HTML of the front; for a cloze card, the Cloze note's Text with its <c>{{c1::…}}</c>.</param>
/// <param name="BackHtml">Sanitised HTML of the back; for a cloze card, its Back Extra (may be empty).</param>
/// <param name="Domain">The AIF-C01 domain (1..5) of the card's note, if known; becomes the tag <c>aif::domain-N</c>.</param>
/// <param name="NoteSlug">The note's slug; becomes the tag <c>note::&lt;slug&gt;</c>.</param>
public sealed record AnkiExportCard(string FrontHtml, string BackHtml, int? Domain, string NoteSlug)
{
    /// <summary>
    /// The Anki note's GUID: stable for the card across exports, so that importing a newer export into Anki updates
    /// the notes it made before instead of adding them again. Empty lets Anki make one (then a re-import duplicates).
    /// </summary>
    public string AnkiGuid { get; init; } = "";

    /// <summary>True for a cloze card, written as Anki's <c>Cloze</c> note type; otherwise <c>Basic</c>.</summary>
    public bool IsCloze { get; init; }
}
