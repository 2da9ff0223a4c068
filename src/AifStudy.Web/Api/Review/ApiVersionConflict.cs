namespace AifStudy.Web.Api.Review;

/// <summary>409 body: the card is no longer at the version the rating was made against; nothing was recorded.</summary>
public sealed record ApiVersionConflict(int CardId, int SentVersion, int CurrentVersion, string Detail);
