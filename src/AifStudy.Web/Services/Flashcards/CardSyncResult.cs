using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// What <see cref="CardSync.SyncAsync"/> did: the new cards for the caller to insert (their ids are set then), and for
/// each generated card, in order, the card that now stands for it (a kept, revived or new one).
/// </summary>
internal sealed record CardSyncResult(List<Card> Added, IReadOnlyList<Card> Cards);
