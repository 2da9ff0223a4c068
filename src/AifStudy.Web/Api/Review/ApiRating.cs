namespace AifStudy.Web.Api.Review;

/// <summary>The body of POST /api/review/{cardId}.</summary>
/// <param name="Rating">again, hard, good or easy (or 1 to 4).</param>
/// <param name="Version">The card's version from GET /api/review/next; required, so that a retry can be recognised.</param>
public sealed record ApiRating(string? Rating, int? Version);
