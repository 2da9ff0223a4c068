namespace AifStudy.Web.Api.Review;

/// <summary>The next card to review, as GET /api/review/next returns it.</summary>
/// <param name="Version">Send it back with the rating: the rating is recorded only while the card is still at this version.</param>
/// <param name="Intervals">The interval each rating (again, hard, good, easy) leads to, as the buttons show it.</param>
public sealed record ApiCard(
    int CardId,
    int Version,
    string Kind,
    string Front,
    string Back,
    string NoteSlug,
    string? NoteTitle,
    string SectionAnchor,
    string SectionPath,
    bool IsNew,
    string State,
    DateTimeOffset Due,
    IReadOnlyDictionary<string, string> Intervals);
