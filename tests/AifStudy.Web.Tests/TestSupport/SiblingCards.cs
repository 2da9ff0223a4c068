using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>Adds a card that is a sibling of another (same note and subject), as a reverse card would be.</summary>
internal static class SiblingCards
{
    public static async Task<int> AddAsync(ReviewHarness harness, int cardId)
    {
        await using var db = harness.Database.CreateDbContext();
        var card = await db.Cards.AsNoTracking().SingleAsync(c => c.Id == cardId);
        var sibling = new Card
        {
            Key = "sibling" + card.Key[7..], NoteId = card.NoteId, NoteSlug = card.NoteSlug, Domain = card.Domain, Kind = Core.Flashcards.CardKind.DefinitionTerm,
            Front = "Which term is this?\n\n" + card.Back, Back = card.Subject, Subject = card.Subject, SectionAnchor = card.SectionAnchor,
            SectionPathText = card.SectionPathText, Position = card.Position, CreatedAt = card.CreatedAt, UpdatedAt = card.UpdatedAt,
        };
        db.Cards.Add(sibling);
        await db.SaveChangesAsync();
        return sibling.Id;
    }
}
