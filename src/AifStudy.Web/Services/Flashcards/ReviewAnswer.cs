using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>A rating given in a review session: what to store, or, when undone, what to take back.</summary>
public sealed record ReviewAnswer(int CardId, Rating Rating);
