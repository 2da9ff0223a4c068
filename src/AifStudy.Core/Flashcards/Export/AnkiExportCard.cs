namespace AifStudy.Core.Flashcards.Export;

/// <summary>One card as it goes into an Anki export.</summary>
/// <param name="FrontHtml">Sanitised HTML of the front.</param>
/// <param name="BackHtml">Sanitised HTML of the back.</param>
/// <param name="Domain">The AIF-C01 domain (1..5) of the card's note, if known; becomes the tag <c>aif::domain-N</c>.</param>
/// <param name="NoteSlug">The note's slug; becomes the tag <c>note::&lt;slug&gt;</c>.</param>
public sealed record AnkiExportCard(string FrontHtml, string BackHtml, int? Domain, string NoteSlug);
