namespace AifStudy.Web.Services.Flashcards;

/// <summary>A card the learner's last answer made a leech: which card, and where it comes from.</summary>
/// <param name="CardId">The card, now tagged a leech and suspended.</param>
/// <param name="SourceLabel">"from: note › section".</param>
/// <param name="SourceHref">The section's address.</param>
public sealed record LeechNotice(int CardId, string SourceLabel, string SourceHref);
