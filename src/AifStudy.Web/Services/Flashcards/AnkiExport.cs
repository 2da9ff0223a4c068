using AifStudy.Core.Flashcards.Export;
using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Active (not retired) cards of a scope as an Anki-importable TSV file, one deck per scope.</summary>
public sealed class AnkiExport(IDbContextFactory<StudyDbContext> dbFactory, CardHtmlRenderer html)
{
    public async Task<(string FileName, byte[] Content)> ExportAsync(StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cards = await db.Cards.AsNoTracking().InScope(scope).Where(c => c.RetiredAt == null)
            .OrderBy(c => c.NoteSlug).ThenBy(c => c.Position)
            .Select(c => new { c.Key, c.Kind, c.Front, c.Back, c.Subject, c.Domain, c.NoteSlug })
            .ToListAsync(cancellationToken);
        var deck = DeckName(scope);
        var content = AnkiTsvWriter.ToBytes(deck, cards.Select(c => ToAnki(c.Key, c.Kind, html.Render(c.Front), html.Render(c.Back), c.Subject, c.Domain, c.NoteSlug)));
        var fileName = "aifstudy" + (scope.NoteSlug is { } n ? "-" + n : scope.Domain is { } d ? $"-domain-{d}" : "") + ".txt";
        return (fileName, content);
    }

    /// <summary>The GUID an exported card carries in Anki: the card's stable key, so every export names it the same.</summary>
    internal static string GuidOf(string key) => "aifstudy-" + key;

    // A cloze card is Anki's Cloze note (its blank filled with {{c1::term}}, the term after the subject's "|"); every
    // other card a Basic note. A cloze whose blank cannot be found stays Basic rather than lose its answer.
    internal static AnkiExportCard ToAnki(string key, Core.Flashcards.CardKind kind, string front, string back, string subject, int? domain, string slug)
    {
        var card = new AnkiExportCard(front, back, domain, slug) { AnkiGuid = GuidOf(key) };
        if (kind == Core.Flashcards.CardKind.Cloze && subject.LastIndexOf('|') is var bar and >= 0
            && AnkiTsvWriter.ClozeText(front, subject[(bar + 1)..]) is { } text)
        {
            return card with { FrontHtml = text, BackHtml = "", IsCloze = true };
        }

        return card;
    }

    internal static string DeckName(StudyScope scope) => scope switch
    {
        { NoteSlug: { } note } => $"AifStudy::{note}",
        { Domain: { } d } => $"AifStudy::{AifDomains.Find(d)?.Label ?? $"Domain {d}"}",
        _ => "AifStudy",
    };
}
