namespace AifStudy.Web.Services.Flashcards;

/// <summary>No new card of a scope comes before (<paramref name="NoteId"/>, <paramref name="Position"/>) while <paramref name="ImportRun"/> is the latest import.</summary>
public sealed record NewCardCursor(int NoteId, int Position, int ImportRun);
