using AifStudy.Core.Flashcards;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Brings the stored cards of one note in line with what <see cref="CardGenerator"/> makes of it, inside the import's
/// context and transaction. Cards keep their id (and so their progress and review log) while their key matches, or
/// while a reworded card is <see cref="CardSimilarity.IsSameCard(string, string, string, string)"/> as one that lost its key;
/// cards no longer generated are retired, never deleted.
/// </summary>
internal static class CardSync
{
    /// <summary>Bump when the generator's output changes: every note's cards are synced again on the next import.</summary>
    public const string Version = "2026.12.19.10";

    /// <summary>
    /// Makes the stored cards of <paramref name="note"/> (tracked by <paramref name="db"/>; a new note has no id yet) those
    /// of <paramref name="generated"/>, <c>CardGenerator.Generate</c>'s output for it. Changes to stored cards are left
    /// for the caller to save; the cards to add are returned (not tracked) for the caller to insert, with the card that
    /// stands for each generated one.
    /// </summary>
    /// <param name="orphanKeys">
    /// For a note that has no cards yet (new in this import): the keys of the cards that belong to no note. A card key
    /// holds its note's slug, which no other current note has, so only those cards can be this note's; when none of their
    /// keys is generated, the lookup is skipped (a cold import would otherwise ask once per note for nothing).
    /// </param>
    public static async Task<CardSyncResult> SyncAsync(StudyDbContext db, Note note, IReadOnlyList<GeneratedCard> generated, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlySet<string>? orphanKeys = null)
    {
        var keys = generated.Select(g => g.Key).ToList();
        // By key across all notes: a note removed and added back (or moved) under the same slug finds its old cards.
        var stored = orphanKeys is not null && !keys.Exists(orphanKeys.Contains)
            ? []
            : await db.Cards
                .Where(c => (note.Id != 0 && c.NoteId == note.Id) || keys.Contains(c.Key))
                .ToListAsync(cancellationToken);
        var byKey = stored.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var matched = new HashSet<Card>();
        var current = new Card[generated.Count];
        var unmatched = new List<(int Position, GeneratedCard Card)>();
        for (var i = 0; i < generated.Count; i++)
        {
            if (byKey.TryGetValue(generated[i].Key, out var card))
            {
                Apply(card, generated[i], i, note, now);
                matched.Add(card);
                current[i] = card;
            }
            else
            {
                unmatched.Add((i, generated[i]));
            }
        }

        var keyless = stored.Where(c => !matched.Contains(c)).ToList();
        var added = new List<Card>();
        foreach (var (position, g) in unmatched)
        {
            var same = keyless.FirstOrDefault(c => c.Kind == g.Kind && CardSimilarity.IsSameCard(c.Front, c.Back, g.Front, g.Back));
            if (same is not null)
            {
                keyless.Remove(same);
                Apply(same, g, position, note, now);
                current[position] = same;
                continue;
            }

            var card = new Card
            {
                Key = g.Key,
                NoteSlug = note.Slug,
                Front = g.Front,
                Back = g.Back,
                Subject = g.Subject,
                SectionAnchor = g.SectionAnchor,
                SectionPathText = PathText(g),
                CreatedAt = now,
            };
            Apply(card, g, position, note, now);
            added.Add(card);
            current[position] = card;
        }

        foreach (var card in keyless.Where(c => c.RetiredAt is null))
        {
            card.RetiredAt = now;
            card.UpdatedAt = now;
        }

        note.CardsVersion = Version;
        return new CardSyncResult(added, current);
    }

    /// <summary>The keys of the cards that belong to no note (their notes were removed), for <see cref="SyncAsync"/>.</summary>
    public static async Task<HashSet<string>> OrphanKeysAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        (await db.Cards.Where(c => c.NoteId == null).Select(c => c.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Retires every card of a note that is about to be deleted (the foreign key then sets their note to null).</summary>
    public static Task RetireCardsOfNoteAsync(StudyDbContext db, int noteId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Cards.Where(c => c.NoteId == noteId && c.RetiredAt == null)
            .ExecuteUpdateAsync(
                s => s.SetProperty(c => c.RetiredAt, now).SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.NoteId, (int?)null),
                cancellationToken);

    private static void Apply(Card card, GeneratedCard g, int position, Note note, DateTimeOffset now)
    {
        var pathText = PathText(g);
        var changed = card.Id == 0
            || card.Key != g.Key || card.Kind != g.Kind || card.Front != g.Front || card.Back != g.Back || card.Subject != g.Subject
            || card.SectionAnchor != g.SectionAnchor || card.SectionPathText != pathText || card.Position != position
            || card.Domain != note.Domain || card.NoteSlug != note.Slug || card.RetiredAt is not null
            || note.Id == 0 || card.NoteId != note.Id;
        if (!changed)
        {
            return;
        }

        (card.Key, card.Kind, card.Front, card.Back, card.Subject) = (g.Key, g.Kind, g.Front, g.Back, g.Subject);
        (card.SectionAnchor, card.SectionPathText, card.Position) = (g.SectionAnchor, pathText, position);
        (card.Domain, card.NoteSlug, card.RetiredAt, card.UpdatedAt) = (note.Domain, note.Slug, null, now);
        if (note.Id == 0)
        {
            card.Note = note;
        }
        else
        {
            card.NoteId = note.Id;
        }
    }

    private static string PathText(GeneratedCard card) => string.Join(" › ", card.SectionPath);
}
